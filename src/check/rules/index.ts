/**
 * check/rules: every check, one line each. Adding a check is one file and one line.
 */
import type {Check} from '../types.js'
import {missing} from './missing.js'
import {stale} from './stale.js'
import {obsolete} from './obsolete.js'
import {untranslated} from './untranslated.js'
import {sourceLeftBehind} from './source-left-behind.js'
import {tags} from './tags.js'
import {placeholders} from './placeholders.js'
import {numbers} from './numbers.js'
import {punctuation} from './punctuation.js'
import {plurals} from './plurals.js'
import {script} from './script.js'
import {glossary} from './glossary.js'
import {markupSafety} from './markup-safety.js'
import {length} from './length.js'
import {structure} from './structure.js'
import {anchors} from './anchors.js'
import {validPage} from './valid-page.js'
import {links} from './links.js'
import {localizedLinks} from './localized-links.js'

export const checks: readonly Check[] = [
  missing,
  stale,
  obsolete,
  untranslated,
  sourceLeftBehind,
  tags,
  placeholders,
  numbers,
  punctuation,
  plurals,
  script,
  glossary,
  markupSafety,
  length,
  structure,
  anchors,
  validPage,
  links,
  localizedLinks
]
