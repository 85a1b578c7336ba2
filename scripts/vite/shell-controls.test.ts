// @vitest-environment node
import { shellContent, shellControlsDisabled } from './shell-controls'

test.each([
  [
    'a button',
    '<button type="button" class="button">Reset</button>',
    '<button disabled="" type="button" class="button">Reset</button>',
  ],
  [
    'a self-closed field',
    '<input id="q" type="search" value=""/>',
    '<input disabled="" id="q" type="search" value=""/>',
  ],
  [
    'a checkbox',
    '<label class="check"><input type="checkbox"/><span>Delayed</span></label>',
    '<label class="check"><input disabled="" type="checkbox"/><span>Delayed</span></label>',
  ],
  [
    'a select and its options',
    '<select id="s"><option value="a">A</option></select>',
    '<select disabled="" id="s"><option value="a">A</option></select>',
  ],
  ['a text area', '<textarea name="note"></textarea>', '<textarea disabled="" name="note"></textarea>'],
  [
    'a button disabled already',
    '<button type="button" disabled="">CSV</button>',
    '<button type="button" disabled="">CSV</button>',
  ],
  [
    'a disclosure',
    '<details><summary class="box">All</summary></details>',
    '<details><summary aria-disabled="true" tabindex="-1" class="box">All</summary></details>',
  ],
  ['a link', '<a href="/tasks/t-1">Open</a>', '<a href="/tasks/t-1">Open</a>'],
  [
    'a word that only starts like a tag name',
    '<buttons>x</buttons><inputs></inputs>',
    '<buttons>x</buttons><inputs></inputs>',
  ],
  [
    'an attribute named like disabled',
    '<button data-disabled-reason="x">Go</button>',
    '<button disabled="" data-disabled-reason="x">Go</button>',
  ],
])('disables %s', (_case, html, expected) => {
  expect(shellControlsDisabled(html)).toBe(expected)
})

test('text that looks like a tag is escaped by React and left alone', () => {
  const html = '<p>&lt;button&gt; and &lt;input&gt;</p>'
  expect(shellControlsDisabled(html)).toBe(html)
})

test('the shell content is wrapped in a busy region that lays out as if it were not there', () => {
  expect(shellContent('<main><button>Go</button></main>')).toBe(
    '<div class="prerendered-screen" aria-busy="true"><main><button disabled="">Go</button></main></div>',
  )
})
