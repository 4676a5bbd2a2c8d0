/**
 * report/formatters: every formatter by name, one interface per kind of report (textlint's builtin
 * formatter list is the model). A new format is one file here and one line in its map; the CLI
 * offers the map's names as `--format` choices.
 */
import type {CoverageReport} from '../coverage.js'
import type {Problem} from '../../types.js'
import {formatCoverageText} from './coverage-text.js'
import {formatCoverageJson} from './coverage-json.js'
import {formatCoverageMarkdown} from './coverage-markdown.js'
import {formatCoverageJunit} from './coverage-junit.js'
import {formatProblemsText} from './problems-text.js'
import {formatProblemsJson} from './problems-json.js'
import {formatProblemsGithub} from './problems-github.js'

export interface CoverageFormatOptions {
  /** Where the review site is published (markdown links each language to its page). */
  reviewUrl?: string
}

/** A coverage report as text to print. */
export type CoverageFormatter = (report: CoverageReport, options: CoverageFormatOptions) => string

export const coverageFormatters = {
  text: (report) => formatCoverageText(report),
  json: (report) => formatCoverageJson(report),
  markdown: (report, options) => formatCoverageMarkdown(report, {reviewUrl: options.reviewUrl}),
  junit: (report) => formatCoverageJunit(report)
} satisfies Record<string, CoverageFormatter>

export interface ProblemsFormatOptions {
  /** Colour the text for a terminal. */
  colour: boolean
  sourceLanguage: string
}

/** Problems as text to print; `undefined` when there is nothing to print at all. */
export type ProblemsFormatter = (problems: readonly Problem[], options: ProblemsFormatOptions) => string | undefined

export const problemsFormatters = {
  text: (problems, options) => formatProblemsText(problems, options),
  json: (problems) => formatProblemsJson(problems),
  // Workflow annotations, at the catalog's line of each problem.
  github: (problems) =>
    formatProblemsGithub(problems, (problem) => ({file: problem.file ?? '', line: problem.catalogLine})) || undefined
} satisfies Record<string, ProblemsFormatter>
