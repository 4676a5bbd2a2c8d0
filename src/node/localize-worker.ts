/**
 * node/localize-worker: a worker thread of `node/localize-workers`. Loads the project as the main
 * thread did (from the segment cache) and answers batches of language × document with what build
 * writes: the localized document, its exported catalog and their hashes, or the job's error.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {loadProject, segmentInSequence} from '../project/load.js'
import {linkedPagesOf, localizeOutput} from '../project/build.js'
import {FolderListing} from '../project/listing.js'
import {nodeHost} from './host.js'
import {errorData, type LocalizeAnswer, type LocalizeJob} from './localize-workers.js'

const {root} = workerData as {root: string}
const loading = loadProject(nodeHost, root, {segmentMany: segmentInSequence}).then((project) => ({
  project,
  documents: new Map(project.documents.map((document) => [document.namespace, document]))
}))
// Answered with each job's error below.
loading.catch(() => {})
const listing = new FolderListing(nodeHost)
let pagesOf: ReturnType<typeof linkedPagesOf> | undefined
let firstLanguage: string | undefined
const encoder = new TextEncoder()

/** `text` as UTF-8 bytes whose buffer goes in `handedOver` (bytes given already are this thread's no more, and go as they are). */
function bytesOf(text: string | Uint8Array, handedOver: ArrayBuffer[]): Uint8Array {
  if (typeof text !== 'string') return text
  const bytes = encoder.encode(text)
  handedOver.push(bytes.buffer as ArrayBuffer)
  return bytes
}

parentPort!.on('message', async (jobs: LocalizeJob[]) => {
  let answers: LocalizeAnswer[]
  try {
    const {project, documents} = await loading
    pagesOf ??= linkedPagesOf(project, listing)
    answers = jobs.map(({index, language, namespace}) => {
      try {
        const document = documents.get(namespace)
        if (!document) throw new Error(`${namespace} is not a document of the project this thread loaded`)
        return {index, output: localizeOutput(project, document, language, listing, pagesOf!(language))}
      } catch (error) {
        return {index, error: errorData(error)}
      }
    })
  } catch (error) {
    answers = jobs.map(({index}) => ({index, error: errorData(error)}))
  }
  // The texts go as bytes this thread hands over: the main thread passes them on to the writer as
  // they are, where strings would be copied into its heap first and kept there until a full
  // collection (a cold build's every document and export).
  const handedOver: ArrayBuffer[] = []
  for (const answer of answers) {
    if (!('output' in answer)) continue
    const {output} = answer
    output.markdown = bytesOf(output.markdown, handedOver)
    output.catalogText = bytesOf(output.catalogText, handedOver)
  }
  parentPort!.postMessage(answers, handedOver)
  // Past the first language, this thread's documents have their segments: the cache's shards,
  // which hold every document's, can go (a document not yet loaded reads its shard again).
  firstLanguage ??= jobs[0]?.language
  if (jobs.some(({language}) => language !== firstLanguage))
    (await loading.catch(() => undefined))?.project.cache?.releaseShards()
})
