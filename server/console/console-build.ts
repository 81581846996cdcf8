/**
 * Where the supervisor console's web page is built (`vite build -c vite.console.config.ts`, part of
 * `npm run build`) and where kefu-server serves it from at `/`. One constant for the build, the
 * server and `npm run server`'s staleness check, so the three never disagree.
 */

/** Repo-relative folder of the built page: index.html, favicon.svg, assets/, sources.json. */
export const CONSOLE_BUILD_DIR = 'out/console';

/**
 * The same folder as a file URL. Resolved from this file's own location, which holds in the
 * bundled kefu-server too: vite.cli.config.ts rewrites import.meta.url to the source file's.
 */
export const consoleBuildUrl = new URL(`../../${CONSOLE_BUILD_DIR}/`, import.meta.url);

/**
 * What the built folder holds for browsers; sources.json (the staleness list) stays unserved.
 * Asset names carry a content hash, so they may be cached for good; index.html must not be.
 */
export const CONSOLE_ENTRY_FILE = 'index.html';
export const CONSOLE_ASSETS_DIR = 'assets';
