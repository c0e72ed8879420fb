/** A vendor file the batch cannot read as a whole (its header, its encoding, its absence): exit 1. */
export class BatchInputError extends Error {}
