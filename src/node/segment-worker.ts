/**
 * node/segment-worker: a worker thread that segments documents, so a cold run over many files uses
 * every core. Receives batches of `{source, file}`, answers with results or the first input error.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {segmentDocument, type SegmentResult} from '../segment/index.js'
import {InputError} from '../util/errors.js'

export interface SegmentJob {
  index: number
  source: string
  file: string
}

export type SegmentAnswer =
  | {index: number; result: Omit<SegmentResult, 'source'>}
  | {index: number; error: {message: string; file?: string; line?: number; input: boolean}}

const {frontMatterFields} = workerData as {frontMatterFields: string[]}

parentPort!.on('message', (jobs: SegmentJob[]) => {
  const answers: SegmentAnswer[] = jobs.map(({index, source, file}) => {
    try {
      const {source: _, ...result} = segmentDocument(source, {frontMatterFields, file})
      return {index, result}
    } catch (error) {
      const input = error instanceof InputError
      return {index, error: {message: (error as Error).message, file: input ? error.file : undefined, line: input ? error.line : undefined, input}}
    }
  })
  parentPort!.postMessage(answers)
})
