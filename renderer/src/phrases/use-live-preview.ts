/** The editor's live preview: the body as it would be pasted today, linted, on every keystroke. */
import { useEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { createLatestRequest } from '../panel/latest-request';

export type Preview = MethodOutput<'phrases.preview'>;

export function useLivePreview(body: string): Preview | null {
  const kefu = useKefu();
  const latest = useMemo(() => createLatestRequest(), []);
  const [answer, setAnswer] = useState<{ body: string; preview: Preview | null } | null>(null);
  const empty = body.trim() === '';

  useEffect(() => {
    const isLatest = latest.begin();
    if (empty) return;
    void kefu.phrases.preview({ body: body.slice(0, 2000) }).then((result) => {
      if (isLatest()) setAnswer({ body, preview: result.ok ? result.value : null });
    });
  }, [kefu, latest, body, empty]);

  // While the answer for the newest body is on its way, the previous one stays (no flicker).
  return empty ? null : (answer?.preview ?? null);
}
