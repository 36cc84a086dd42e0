/** Names both ends of the LAN link agree on. */
/** How many bills the joined counter still has waiting: shown on the main counter's device list. */
export const pendingCountHeader = 'x-hh-pending';
