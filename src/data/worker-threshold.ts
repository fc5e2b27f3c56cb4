/**
 * When a dataset is large enough to be checked in the validation worker. A module without
 * imports: the build reads it too, to tell the page's first script (public/early-fetch.js).
 */

/** Above this many characters of JSON (about 1 MB) the worker pays for itself. */
export const WORKER_THRESHOLD_CHARS = 1_000_000;

/**
 * How many characters of JSON a compressed byte stands for at least: generated and curated
 * records compress 6–12×, so a compressed body of a fifth of the threshold is worth a worker.
 */
export const COMPRESSED_RATIO = 5;
