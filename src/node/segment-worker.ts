/**
 * node/segment-worker: a worker thread that segments documents, so a cold run over many files uses
 * every core. Receives batches of `{source, file}`, answers with results or the first input error.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {createSegmenter, type SegmentSettings} from '../project/plugins.js'
import {answerSegmentJobs, type SegmentJob} from './workers.js'

// The main thread imported the same plugins before starting the workers: they load here too.
const segmenter = createSegmenter(workerData as SegmentSettings)

parentPort!.on('message', async (jobs: SegmentJob[]) => {
  parentPort!.postMessage(answerSegmentJobs(await segmenter, jobs))
})
