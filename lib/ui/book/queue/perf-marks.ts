/** Set once a mark-sent is written and its accounts planned again (the next steps scheduled): what the bench times. */
export const QUEUE_WRITTEN_MARK = 'book-queue-written';
