/**
 * review/assets: the style sheet and the script every review page carries inline (the site works
 * from the file system and fetches nothing). Colours keep text at 4.5:1 contrast or more.
 */
import {createHash} from 'node:crypto'

export const styleSheet = `
:root{color:#1b1f24;background:#fff;font:16px/1.5 system-ui,sans-serif}
body{margin:0}
a{color:#0550ae}
a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible,summary:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header,footer{padding:.75rem 1.5rem;background:#f6f8fa;border-bottom:1px solid #d0d7de}
footer{border:0;border-top:1px solid #d0d7de;color:#424a53;font-size:.875rem}
header p{margin:0;font-weight:600}
nav ol{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;margin:.25rem 0 0;padding:0}
nav li+li::before{content:"›";margin-right:.5rem;color:#424a53}
main{padding:0 1.5rem 2rem;max-width:100rem}
table{border-collapse:collapse;width:100%}
caption{text-align:start;font-weight:600;padding:.5rem 0}
th,td{border-bottom:1px solid #d0d7de;padding:.5rem;text-align:start;vertical-align:top}
thead th{background:#f6f8fa;position:sticky;top:0}
tr:target,tr:focus-within{background:#ddf4ff}
tbody tr{scroll-margin-top:3.5rem}
[data-translation],[data-source]{unicode-bidi:plaintext}
.meta{display:block;color:#424a53;font-size:.8125rem;font-weight:400}
tbody th a{white-space:nowrap}
.status{display:inline-block;border-radius:1rem;padding:0 .5rem;font-size:.8125rem;font-weight:600}
.status-current{background:#dafbe1;color:#116329}.status-stale{background:#fff8c5;color:#7d4e00}
.status-missing{background:#ffebe9;color:#a40e26}.status-obsolete{background:#eaeef2;color:#424a53}
.problems{margin:0;padding:0;list-style:none}.problems li+li{margin-top:.25rem}
.severity-error{color:#a40e26;font-weight:600}.severity-warning{color:#7d4e00;font-weight:600}
.note{color:#424a53;font-style:italic}
del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329}
.diff{margin:.5rem 0 0;padding:.25rem .5rem;border-inline-start:3px solid #bf8700;background:#fffbe6}
.bar{display:flex;height:.75rem;min-width:10rem;background:#eaeef2;border-radius:.25rem;overflow:hidden}
.bar span{display:block}.bar .translated{background:#1a7f37}.bar .stale{background:#bf8700}.bar .missing{background:#cf222e}
.filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;margin:1rem 0}
.filters fieldset{border:1px solid #d0d7de;margin:0;padding:.25rem .75rem}
.filters label{margin-inline-end:.75rem}
input,select,button{font:inherit}
.previews{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1.5rem}
.preview{border:1px solid #d0d7de;padding:0 1rem;overflow-wrap:anywhere}
.image{display:inline-block;border:1px dashed #424a53;padding:0 .25rem}
code{font-family:ui-monospace,monospace;background:#f6f8fa;padding:0 .2rem}
details summary{cursor:pointer;color:#424a53}
`.trim()

/**
 * Filters by status, check and text; a link to a hidden segment clears them; `j` and `k` move
 * between the rows shown. Without script every row is shown and the filters stay hidden.
 */
export const filterScript = `
(() => {
  const form = document.querySelector('[data-filters]')
  if (!form) return
  form.hidden = false
  const items = [...document.querySelectorAll('[data-filter-item]')]
  const texts = new Map(items.map((item) => [item, item.textContent.toLowerCase()]))
  const shown = document.getElementById('shown')
  const apply = () => {
    const boxes = [...form.querySelectorAll('input[name=status]')]
    const statuses = new Set(boxes.filter((box) => box.checked).map((box) => box.value))
    const check = form.elements.check ? form.elements.check.value : ''
    const query = form.elements.text.value.trim().toLowerCase()
    let count = 0
    for (const item of items) {
      const visible = (boxes.length === 0 || statuses.has(item.dataset.status)) &&
        (check === '' || (item.dataset.checks || '').split(' ').includes(check)) &&
        (query === '' || texts.get(item).includes(query))
      item.hidden = !visible
      if (visible) count++
    }
    shown.textContent = 'Showing ' + count + ' of ' + items.length
  }
  const reveal = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))
    if (target && target.hidden) {
      form.reset()
      apply()
    }
  }
  form.addEventListener('input', apply)
  form.addEventListener('submit', (event) => event.preventDefault())
  form.addEventListener('reset', () => setTimeout(apply))
  window.addEventListener('hashchange', reveal)
  document.addEventListener('keydown', (event) => {
    if ((event.key !== 'j' && event.key !== 'k') || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.target.closest('input, select, textarea, button')) return
    const visible = items.filter((item) => !item.hidden)
    const at = visible.findIndex((item) => item.contains(document.activeElement))
    const next = visible[event.key === 'j' ? at + 1 : at === -1 ? visible.length - 1 : at - 1]
    const link = next && next.querySelector('a')
    if (!link) return
    event.preventDefault()
    link.focus()
  })
  apply()
  reveal()
})()
`.trim()

/** The Content-Security-Policy of every page: nothing loads, only this script runs. */
export const contentSecurityPolicy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash('sha256').update(filterScript).digest('base64')}'; img-src 'none'; form-action 'none'; base-uri 'none'`
