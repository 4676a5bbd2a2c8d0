/**
 * sites/js-config: the plain data of a JavaScript or TypeScript config file, read without running
 * it (`docusaurus.config.ts`, `.vitepress/config.mts`, `astro.config.mjs`). @babel/parser reads
 * the syntax (TypeScript included); the data is what object and array literals, strings, numbers,
 * booleans and top-level `const`s spell out. Anything computed (a call to a function of the
 * config's own, an import) is `unknown`: a generator's locales are written as data in practice.
 */
import type {Expression, Node, Program, SpreadElement} from '@babel/types'
import {InputError} from '../util/errors.js'
import {lazyModule} from '../util/lazy.js'

const babelParser = lazyModule<typeof import('@babel/parser')>('@babel/parser')

/** A value the config computes (a call, an import): known to be there, not what it is. */
export const computed: unique symbol = Symbol('computed')

/** Parse a config's text, or throw naming the file and line. */
export function parseJsConfig(text: string, file: string): Program {
  try {
    return babelParser().parse(text, {
      sourceType: 'unambiguous',
      plugins: [/\.(c|m)?tsx?$/.test(file) ? 'typescript' : 'flow', 'jsx'],
      errorRecovery: false
    }).program
  } catch (error) {
    const line = (error as {loc?: {line: number; column: number}}).loc
    throw new InputError(
      `cannot read the generator's config: ${(error as Error).message.replace(/ \(\d+:\d+\)$/, '')}`,
      file,
      line?.line,
      line ? line.column + 1 : undefined
    )
  }
}

/** The top-level `const`/`let`/`var` declarations, by name. */
function topLevelBindings(program: Program): Map<string, Expression> {
  const bindings = new Map<string, Expression>()
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
    if (declaration?.type !== 'VariableDeclaration') continue
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier' && declarator.init) bindings.set(declarator.id.name, declarator.init)
    }
  }
  return bindings
}

/**
 * The config object a file exports (`export default`, `module.exports =`), with wrapper calls
 * (`defineConfig({…})`, `withMermaid(defineConfig({…}))`) looked through to their first argument.
 */
export function exportedConfig(program: Program): unknown {
  const bindings = topLevelBindings(program)
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration
      if (
        declaration.type === 'FunctionDeclaration' ||
        declaration.type === 'ClassDeclaration' ||
        declaration.type === 'TSDeclareFunction'
      )
        return computed
      return staticValue(declaration as Expression, bindings, true)
    }
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const {left, right} = statement.expression
      if (
        left.type === 'MemberExpression' &&
        left.object.type === 'Identifier' &&
        left.object.name === 'module' &&
        left.property.type === 'Identifier' &&
        left.property.name === 'exports'
      ) {
        return staticValue(right, bindings, true)
      }
    }
  }
  return undefined
}

/** The first argument of every call to `name` anywhere in the file (`starlight({…})`), as data. */
export function callArguments(program: Program, name: string): unknown[] {
  const bindings = topLevelBindings(program)
  const found: unknown[] = []
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    if (Array.isArray(node)) return node.forEach(visit)
    const typed = node as Node
    if (
      typed.type === 'CallExpression' &&
      typed.callee.type === 'Identifier' &&
      typed.callee.name === name &&
      typed.arguments[0]
    ) {
      found.push(staticValue(typed.arguments[0] as Expression, bindings, false))
    }
    for (const [key, value] of Object.entries(typed))
      if (key !== 'loc' && key !== 'start' && key !== 'end' && typeof value === 'object') visit(value)
  }
  visit(program.body)
  return found
}

/** Whether the file imports `module` (`@astrojs/starlight`). */
export function importsModule(program: Program, module: string): boolean {
  return program.body.some((statement) => statement.type === 'ImportDeclaration' && statement.source.value === module)
}

/** An expression as data; `unwrapCalls` looks through wrapper calls to their first argument. */
function staticValue(
  node: Expression | SpreadElement | Node,
  bindings: Map<string, Expression>,
  unwrapCalls: boolean,
  depth = 0
): unknown {
  if (depth > 50) return computed
  const next = (child: Node) => staticValue(child, bindings, unwrapCalls, depth + 1)
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return node.value
    case 'NullLiteral':
      return null
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((quasi) => quasi.value.cooked).join('') : computed
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'ParenthesizedExpression':
      return next(node.expression)
    case 'Identifier':
      if (node.name === 'undefined') return undefined
      // A binding refers to itself only in broken code; the depth bound stops it anyway.
      return bindings.has(node.name) ? next(bindings.get(node.name)!) : computed
    case 'ArrayExpression': {
      const items: unknown[] = []
      for (const element of node.elements) {
        if (element === null) items.push(undefined)
        else if (element.type === 'SpreadElement') {
          const spread = next(element.argument)
          if (Array.isArray(spread)) items.push(...spread)
        } else items.push(next(element))
      }
      return items
    }
    case 'ObjectExpression': {
      const object: Record<string, unknown> = {}
      for (const property of node.properties) {
        if (property.type === 'SpreadElement') {
          const spread = next(property.argument)
          if (typeof spread === 'object' && spread !== null) Object.assign(object, spread)
          continue
        }
        const key = property.computed
          ? next(property.key)
          : property.key.type === 'Identifier'
            ? property.key.name
            : 'value' in property.key
              ? String(property.key.value)
              : undefined
        if (typeof key !== 'string') continue
        object[key] = property.type === 'ObjectProperty' ? next(property.value) : computed
      }
      return object
    }
    case 'CallExpression':
      return unwrapCalls && node.arguments[0] && node.arguments[0].type !== 'ArgumentPlaceholder'
        ? next(node.arguments[0])
        : computed
    case 'AwaitExpression':
      return next(node.argument)
    default:
      return computed
  }
}
