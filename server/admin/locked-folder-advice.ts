/**
 * What the admin CLI says when the embedded store's folder is held by another process: nothing
 * was written, and how to get the change made — stop the holder, or ask the running server
 * through its admin API where one exists for the command.
 */
import { ADMIN_PATHS } from '../http/admin-routes';
import type { DataFolderLockedError } from '../database/data-folder-lock';

const API_ROUTES: Record<string, string> = {
  'create-agent': `POST ${ADMIN_PATHS.agents} {"code","name","role","schemaVersion","appVersion"}`,
  'revoke-token': `POST ${ADMIN_PATHS.revokeToken} {"agentCode" or "tokenId","schemaVersion","appVersion"}`,
};

export function lockedFolderAdvice(command: string, error: DataFolderLockedError): string {
  const lines = [
    error.message,
    'Nothing was written: the embedded store is used by one process at a time, and a change made beside a running server would be lost when that server next saves its data.',
  ];
  if (!/^kefu-server start\b/.test(error.holder.command)) {
    lines.push('It is another admin command, which ends by itself: wait for it and run this one again.');
  } else if (command === 'start') {
    lines.push('Stop that server first, or give this one its own KEFU_SERVER_DATA.');
  } else {
    const stop = `stop the server (SIGTERM or Ctrl+C), run kefu-server ${command} again, then start the server again`;
    const route = API_ROUTES[command];
    lines.push(
      route
        ? `Either ${stop},\nor leave it running and ask it instead: ${route} with a shop admin's token (Authorization: Bearer …).`
        : `There is no admin API for ${command}: ${stop}.`,
    );
  }
  lines.push(
    'If that process is gone (e.g. it ran on another machine that shares the folder), delete the lock file and retry. See docs/server-admin-cli.md.',
  );
  return lines.join('\n');
}
