/** The only IPC channels between the kiosk page and the main process. */
export const INVOKE_CHANNEL = 'kiosk:invoke';
export const EVENT_CHANNEL = 'kiosk:event';
/** A file moved through the main process's own dialogs (`electron/main/transfer.ts`). */
export const TRANSFER_CHANNEL = 'kiosk:transfer';
