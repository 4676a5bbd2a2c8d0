/**
 * node/segment-worker: a worker thread that segments documents, so a cold run over many files uses
 * every core. Receives batches of `{source, file}`, answers with results or the first input error.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {SegmentResult} from '../segment/index.js'
import {InputError} from '../util/errors.js'
import {createSegmenter, type SegmentSettings} from '../project/plugins.js'

export interface SegmentJob {
  index: number
  source: string
  file: string
}

export type SegmentAnswer =
  | {index: number; result: Omit<SegmentResult, 'source'>}
  | {index: number; error: {message: string; file?: string; line?: number; input: boolean}}

// The main thread imported the same plugins before starting the workers: they load here too.
const segmenter = createSegmenter(workerData as SegmentSettings)

parentPort!.on('message', async (jobs: SegmentJob[]) => {
  const segment = await segmenter
  const answers: SegmentAnswer[] = jobs.map(({index, source, file}) => {
    try {
      const {source: _, ...result} = segment(source, file)
      return {index, result}
    } catch (error) {
      const input = error instanceof InputError
      return {index, error: {message: (error as Error).message, file: input ? error.file : undefined, line: input ? error.line : undefined, input}}
    }
  })
  parentPort!.postMessage(answers)
})
