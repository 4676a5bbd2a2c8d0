/**
 * syntax: the syntax extensions md-l10n writes itself, each as the three layers remark plugins
 * have (micromark tokenizer, mdast-util from/to markdown, remark attacher), for the site
 * generators' syntax no maintained package parses: markdown-it containers and template tags.
 */
export {remarkContainer, type MarkdownItContainer, type ContainerSyntaxOptions} from './container/index.js'
export {remarkTemplate, type TemplateSyntax, type TemplateSyntaxOptions} from './template/index.js'
