/**
 * Which inquiry of a list is being edited in place (one at a time), and keyboard focus handed
 * back to its 编辑 button when the form closes, so an agent can edit row after row without the
 * mouse.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export const inquiryEditButtonId = (listId: string, inquiryId: string) => `${listId}-edit-${inquiryId}`;

export function useInquiryEditing(listId: string) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (editingId !== null || refocus.current === null) return;
    document.getElementById(inquiryEditButtonId(listId, refocus.current))?.focus();
    refocus.current = null;
  }, [editingId, listId]);

  const close = useCallback(() => {
    setEditingId((id) => {
      refocus.current = id;
      return null;
    });
  }, []);

  return { editingId, edit: setEditingId, close };
}
