/** Set once a mark-sent is written and its accounts planned again (the next steps scheduled): what the bench times. */
export const QUEUE_WRITTEN_MARK = 'book-queue-written';
/** Set when the background answered a mark-sent's write (before the book plans its accounts again): the bench's breakdown. */
export const QUEUE_ANSWERED_MARK = 'book-queue-answered';
