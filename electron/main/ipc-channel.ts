/** The single IPC channel between preload and main; shared so the two cannot drift apart. */
export const KEFU_CALL_CHANNEL = 'kefu:call';
