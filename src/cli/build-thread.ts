import { isMainThread, workerData } from 'node:worker_threads';

/** workerData.role of a thread of `bcyt build <folder>` (build-pool.ts) */
export const BUILD_THREAD_ROLE = 'bcyt-build-thread';

/** True in a build thread: main.ts then serves it instead of reading a command (and loads nothing else first). */
export function isBuildThread(): boolean {
    return !isMainThread && (workerData as { role?: string } | undefined)?.role === BUILD_THREAD_ROLE;
}
