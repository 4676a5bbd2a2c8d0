/**
 * cli/commands: every command by name, one file each (lingui's CLI is the model). A new command is
 * one file here and one line in this map; `main` turns argv into its options and prints its help.
 */
import type {CommandSpec} from '../command.js'
import {init} from './init.js'
import {languagesCommand} from './languages.js'
import {extract} from './extract.js'
import {pseudo} from './pseudo.js'
import {build} from './build.js'
import {coverage} from './coverage.js'
import {check} from './check.js'
import {exportCommand} from './export.js'
import {importCommand} from './import.js'
import {review} from './review.js'
import {translate} from './translate.js'

/** In the order help lists them. */
export const commands: Record<string, CommandSpec> = {
  init,
  languages: languagesCommand,
  extract,
  pseudo,
  build,
  coverage,
  check,
  export: exportCommand,
  import: importCommand,
  review,
  translate
}

export {parsePercent} from './shared.js'
