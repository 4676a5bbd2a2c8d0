#!/usr/bin/env node
import {boundHeapGrowth} from '../node/heap-growth.js'
import {main} from './main.js'
import {processOutput} from './io.js'

boundHeapGrowth()
process.exitCode = await main(process.argv.slice(2), processOutput())
