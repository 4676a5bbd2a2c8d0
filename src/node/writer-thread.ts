/**
 * node/writer-thread: the thread of `node/writer`. Creates each file of a batch (`wx`: a new file
 * never replaces one), answers with their stamps or the first error, and counts the batch in the
 * shared counter the main thread waits on.
 */
import {parentPort, workerData, type MessagePort} from 'node:worker_threads'
import {closeSync, fstatSync, openSync, writeSync} from 'node:fs'
import type {WriterAnswer, WriterBatch} from './writer.js'
import {stampOf} from './host.js'

const {done, port} = workerData as {done: Int32Array; port: MessagePort}

parentPort!.on('message', ({files, stamp}: WriterBatch) => {
  let answer: WriterAnswer
  const stamps: Array<[string, string]> = []
  let current = ''
  try {
    for (const [file, content] of files) {
      current = file
      const descriptor = openSync(file, 'wx')
      try {
        if (typeof content === 'string') writeSync(descriptor, content)
        else writeSync(descriptor, content)
        if (stamp) stamps.push([file, stampOf(fstatSync(descriptor))])
      } finally {
        closeSync(descriptor)
      }
    }
    answer = {stamps}
  } catch (error) {
    answer = {error: {message: (error as Error).message, code: (error as NodeJS.ErrnoException).code, file: current}}
  }
  port.postMessage(answer)
  Atomics.add(done, 0, 1)
  Atomics.notify(done, 0)
})
