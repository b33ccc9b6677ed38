// Parallax story page. Article text is hostile input: everything from the API is put into the
// page with textContent or as attribute values of elements built here, never as markup.
'use strict';

const main = document.getElementById('main');

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key === 'hue') node.style.setProperty('--hue', String(value));
    else if (key === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'text') node.textContent = value; else node.setAttribute(key, String(value));
  }
  return node;
}

function hue(name) {
  let hash = 0;
  for (const ch of String(name)) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return hash % 360;
}

function storyLink(id) {
  return '#/story/' + encodeURIComponent(id);
}

function plural(count, word) {
  return count + ' ' + word + (count === 1 ? '' : 's');
}

function formatDay(iso) {
  if (!iso) return 'undated';
  const date = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function dateRange(first, last) {
  if (!first) return 'undated';
  return first === last ? formatDay(first) : formatDay(first) + ' – ' + formatDay(last);
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error.message : 'HTTP ' + response.status);
    error.status = response.status;
    throw error;
  }
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes.filter((node) => node !== null && node !== undefined));
  window.scrollTo(0, 0);
}

function outletChip(name) {
  const outlet = name || 'unknown outlet';
  return el('span', { class: 'chip', hue: hue(outlet), text: outlet });
}

function storyCard(summary) {
  return el('a', { class: 'card story-card', href: storyLink(summary.id) },
    el('h3', { text: summary.title || 'Untitled story' }),
    summary.lead ? el('p', { class: 'lead', text: summary.lead }) : null,
    el('div', { class: 'meta', text: dateRange(summary.first, summary.last) + ' · ' + plural(summary.articles, 'article')
        + ' · ' + plural(summary.outlets.length, 'outlet') + ' · ' + plural(summary.events, 'event') }),
    el('div', { class: 'chips' }, ...summary.outlets.map(outletChip)));
}

// ---- pages ----------------------------------------------------------------------------------

const PAGE = 60;

async function home() {
  const [status, stories] = await Promise.all([api('/api/status'), api('/api/stories?limit=' + PAGE)]);
  const overview = el('div', { class: 'overview' },
    el('div', {}, el('strong', { text: String(status.stories) }), 'stories'),
    el('div', {}, el('strong', { text: String(status.events) }), 'events'),
    el('div', {}, el('strong', { text: String(status.articles) }), 'articles'));
  const cards = el('div', { class: 'cards', 'data-testid': 'story-list' }, ...stories.items.map(storyCard));
  const count = el('p', { class: 'meta' });
  const more = el('button', { class: 'more', type: 'button', text: 'More stories' });
  let shown = stories.items.length;
  const update = (total) => {
    count.textContent = 'Showing ' + shown + ' of ' + total + ' stories, latest first.';
    more.hidden = shown >= total;
  };
  more.addEventListener('click', async () => {
    const next = await api('/api/stories?limit=' + PAGE + '&offset=' + shown);
    next.items.forEach((summary) => cards.append(storyCard(summary)));
    shown += next.items.length;
    update(next.total);
  });
  update(stories.total);
  show(el('h1', { text: 'Stories' }), overview,
    stories.items.length ? cards : el('p', { class: 'empty', text: 'No stories yet: ingest some articles.' }),
    count, more);
}

async function search(query) {
  document.getElementById('q').value = query;
  const q = encodeURIComponent(query);
  const [stories, articles] = await Promise.all([api('/api/stories?limit=100&q=' + q), api('/api/articles?limit=100&q=' + q)]);
  const articleItems = articles.items.map((article) => el('li', {},
    article.story ? el('a', { href: storyLink(article.story) + '/' + encodeURIComponent(article.id), text: article.headline || article.source }) : el('span', { text: article.headline || article.source }),
    el('div', { class: 'meta', text: (article.outlet || 'unknown outlet') + ' · ' + formatDay(article.published) })));
  show(el('h1', { text: 'Search: ' + query }),
    el('h2', { text: plural(stories.total, 'story') + ' (showing ' + stories.items.length + ')' }),
    stories.items.length ? el('div', { class: 'cards' }, ...stories.items.map(storyCard)) : el('p', { class: 'empty', text: 'No story matches.' }),
    el('h2', { text: plural(articles.total, 'article') + ' (showing ' + articles.items.length + ')' }),
    el('ul', { class: 'results' }, ...articleItems));
}

async function story(id, articleId) {
  const page = await api('/api/stories/' + encodeURIComponent(id));
  const articles = new Map(page.articles.map((article) => [article.id, article]));
  const marks = new MarkIndex();
  page.events.forEach((event) => event.quotes.forEach((group) => group.variants.forEach((variant) =>
    marks.add(variant.article, variant.start, variant.end, 'quoted'))));
  page.story.brief.sentences.forEach((sentence) => sentence.citations.forEach((citation) =>
    marks.add(citation.article, citation.start, citation.end, 'cited')));
  page.events.forEach((event) => (event.facts || []).filter((fact) => fact.kind !== 'partial').forEach((fact) =>
    fact.statements.forEach((statement) => marks.add(statement.article, statement.start, statement.end, 'cited'))));

  const summary = page.summary;
  const merged = page.story.id !== id;
  if (merged) history.replaceState(null, '', storyLink(page.story.id) + (articleId ? '/' + encodeURIComponent(articleId) : ''));
  const head = el('section', { class: 'story-head' },
    merged ? el('div', { class: 'notice', role: 'status', 'data-testid': 'merged-notice',
      text: 'Story ' + id + ' was merged into this one.' }) : null,
    el('h1', { text: page.story.title || 'Untitled story' }),
    el('div', { class: 'meta', text: dateRange(summary.first, summary.last) + ' · ' + plural(summary.articles, 'article')
        + ' · ' + plural(summary.outlets.length, 'outlet') + ' · ' + plural(summary.events, 'event') }),
    el('div', { class: 'chips' }, ...summary.outlets.map(outletChip)));

  let cited = 0;
  const brief = el('section', { class: 'panel brief', 'data-testid': 'brief' }, el('h2', { text: 'Brief' }));
  let section = null;
  page.story.brief.sentences.forEach((sentence) => {
    if (sentence.section && sentence.section !== section && sentence.section !== 'summary') {
      brief.append(el('h3', { class: 'brief-section', text: SECTION_NAMES[sentence.section] || sentence.section }));
    }
    section = sentence.section;
    brief.append(el('p', {}, sentence.text,
      ...sentence.citations.map((citation) => el('button', {
        class: 'cite', type: 'button', title: 'Show the source: ' + outletOf(articles.get(citation.article)),
        text: String(++cited), onclick: () => jumpTo(marks.id(citation.article, citation.start, citation.end)) }))));
  });
  if (!page.story.brief.sentences.length) brief.append(el('p', { class: 'empty', text: 'No brief for this story.' }));

  const chart = el('section', { class: 'panel chart', 'data-testid': 'coverage' }, el('h2', { text: 'Coverage over time' }),
    coverageChart(page.coverage));

  const timeline = el('ol', { class: 'timeline', 'data-testid': 'timeline' },
    ...page.events.map((event) => timelineEntry(event, articles, marks)));

  const columns = el('div', { class: 'columns', 'data-testid': 'outlets' },
    ...page.articles.map((article) => articleColumn(article, marks)));

  show(head, el('div', { class: 'layout' }, brief, chart),
    el('h2', { text: 'Timeline' }), timeline,
    el('h2', { text: 'The outlets side by side' }), columns,
    changeHistory(page.story.changes || [], articles));
  if (articleId) jumpTo('article-' + articleId);
}

// The merges and splits of this story's ids and its events' ids, oldest first: ids are never
// renumbered, so a reader who kept an old link learns where it went.
function changeHistory(changes, articles) {
  if (!changes.length) return null;
  const list = el('ul', { class: 'changes' });
  changes.forEach((change) => {
    const what = change.kind === 'merge'
      ? idList(change.from.filter((old) => old !== change.to[0])) + ' merged into ' + idName(change.to[0])
      : idName(change.from[0]) + ' split into ' + idList(change.to);
    const bridge = change.article && articles.get(change.article);
    const cause = change.cause === 'recluster' ? el('span', { text: ' by re-clustering' })
      : el('span', {}, ' when ', bridge ? el('button', { class: 'link', type: 'button', text: outletOf(bridge) + '’s article',
        onclick: () => jumpTo('article-' + change.article) }) : 'a later article', ' reported on both');
    list.append(el('li', { class: 'change' }, el('span', { class: 'meta', text: formatDay(change.at) + ' · ' }), what, cause));
  });
  return el('section', { 'data-testid': 'changes' }, el('h2', { text: 'Changes to this story' }), list);
}

function idName(id) {
  return (id.startsWith('s') ? 'story ' : 'event ') + id;
}

function idList(ids) {
  const names = ids.map(idName);
  return names.length < 2 ? names.join('') : names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
}

const SECTION_NAMES = { timeline: 'Timeline', quotes: 'Key quotes', differences: 'Where sources differ' };

function outletOf(article) {
  return article ? (article.outlet || 'unknown outlet') : 'an article';
}

function coverageChart(coverage) {
  if (!coverage.length) return el('p', { class: 'empty', text: 'No dated articles.' });
  const days = [];
  const counts = new Map(coverage.map((entry) => [entry.date, entry.articles]));
  const first = new Date(coverage[0].date + 'T00:00:00Z');
  const last = new Date(coverage[coverage.length - 1].date + 'T00:00:00Z');
  const span = Math.round((last - first) / 86400000);
  if (span <= 120) {
    for (let d = 0; d <= span; d++) {
      const iso = new Date(first.getTime() + d * 86400000).toISOString().slice(0, 10);
      days.push({ date: iso, articles: counts.get(iso) || 0 });
    }
  } else {
    days.push(...coverage);
  }
  const width = 560, height = 190, left = 28, bottom = 34, top = 12;
  const max = Math.max(...days.map((day) => day.articles));
  const step = (width - left - 8) / days.length;
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Articles per day' });
  chart.append(svg('line', { class: 'axis', x1: left, y1: height - bottom, x2: width - 4, y2: height - bottom }));
  chart.append(svg('text', { x: 2, y: top + 8, text: String(max) }));
  chart.append(svg('text', { x: 2, y: height - bottom, text: '0' }));
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((day, i) => {
    const barHeight = max ? (height - bottom - top) * day.articles / max : 0;
    const x = left + i * step + step * 0.15;
    const bar = svg('rect', { class: 'bar-rect', x, y: height - bottom - barHeight, width: Math.max(1, step * 0.7), height: barHeight, rx: 2 });
    bar.append(svg('title', { text: formatDay(day.date) + ': ' + plural(day.articles, 'article') }));
    chart.append(bar);
    if (i % labelEvery === 0) {
      chart.append(svg('text', { x: x, y: height - bottom + 16, text: formatDay(day.date).replace(/ \d{4}$/, '') }));
    }
  });
  return chart;
}

function timelineEntry(event, articles, marks) {
  const members = event.articles.map((id) => articles.get(id)).filter(Boolean);
  const headline = members.find((article) => article.headline);
  const outlets = [...new Set(members.map(outletOf))];
  const entry = el('li', { class: 'event', id: 'event-' + event.id },
    el('div', { class: 'event-date', text: formatDay(event.date) }),
    el('h3', { class: 'event-title', text: headline ? headline.headline : 'Event ' + event.id }),
    el('div', { class: 'meta' }, plural(members.length, 'article') + ' from ' + outlets.join(', ') + ' · ',
      el('button', { class: 'link', type: 'button', text: 'read them side by side',
        onclick: () => members.length && jumpTo('article-' + members[0].id) })),
    el('div', { class: 'chips' }, ...event.entities.slice(0, 8).map((entity) =>
      el('span', { class: 'chip entity', title: entity.type + ', ' + plural(entity.mentions, 'mention'), text: entity.name }))));
  const comparison = comparisonBox(event, articles, marks);
  if (comparison) entry.append(comparison);
  event.quotes.forEach((group) => entry.append(quoteGroup(group, articles, marks)));
  return entry;
}

// What the outlets agree on, where their figures conflict, and the words each chose.
function comparisonBox(event, articles, marks) {
  const facts = event.facts || [];
  const shown = facts.filter((fact) => fact.kind !== 'partial');
  const choices = (event.framing && event.framing.wordChoices) || [];
  if (!shown.length && !choices.length) return null;
  const box = el('div', { class: 'facts', 'data-testid': 'facts' });
  shown.forEach((fact) => {
    const sources = new Set(fact.statements.map((statement) => statement.article));
    box.append(el('div', { class: 'fact ' + fact.kind },
      el('span', { class: 'kind', text: fact.kind === 'conflict' ? 'conflict' : 'agreed by ' + sources.size }), ' ', fact.text,
      ...fact.statements.map((statement) => el('button', {
        class: 'cite', type: 'button', title: statement.stance + (statement.figure ? ': ' + statement.figure : ''),
        text: outletOf(articles.get(statement.article)),
        onclick: () => jumpTo(marks.id(statement.article, statement.start, statement.end)) }))));
  });
  const partial = facts.length - shown.length;
  if (partial) box.append(el('div', { class: 'meta', text: plural(partial, 'fact') + ' reported by one article only' }));
  choices.forEach((choice) => {
    const users = new Map();
    choice.wordings.forEach((wording) => {
      if (!users.has(wording.term)) users.set(wording.term, new Set());
      users.get(wording.term).add(outletOf(articles.get(wording.article)) + (wording.where === 'own voice' ? '' : ' (' + wording.where + ')'));
    });
    box.append(el('div', { class: 'fact framing' }, el('span', { class: 'kind', text: 'words for ' + choice.referent }), ' ',
      ...[...users.entries()].map(([term, who]) => el('span', { class: 'term', title: [...who].join(', '), text: '“' + term + '”' }))));
  });
  return box;
}

function quoteGroup(group, articles, marks) {
  const box = el('div', { class: 'quote-group', 'data-testid': 'quote-group' },
    el('div', { class: 'speaker', text: (group.speaker || 'Unattributed') + ' · ' + plural(group.variants.length, 'rendering') }));
  const reference = group.variants.length ? words(group.variants[0].text) : new Set();
  group.variants.forEach((variant, i) => {
    const article = articles.get(variant.article);
    const tags = el('div', { class: 'tags' }, outletChip(outletOf(article)),
      el('span', { class: 'kind', text: variant.kind }),
      i === 0 ? null : el('span', { class: 'kind', text: 'similarity ' + variant.similarity.toFixed(2) }));
    const context = el('div', { class: 'context', title: 'Show in the article',
      onclick: () => jumpTo(marks.id(variant.article, variant.start, variant.end)) });
    if (article) {
      const [from, to] = contextBounds(article.body, variant.start, variant.end);
      context.append(cutBefore(article.body, from) ? '…' : '', article.body.slice(from, variant.start));
      context.append(highlightDifferences(article.body.slice(variant.start, variant.end), i === 0 ? null : reference));
      context.append(article.body.slice(variant.end, to), cutAfter(article.body, to) ? '…' : '');
    } else {
      context.append(el('mark', { text: variant.text }));
    }
    box.append(el('div', { class: 'variant' }, tags, context));
  });
  return box;
}

function words(text) {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) || []);
}

/** The quote span as a mark; words the first rendering lacks are marked again as differences. */
function highlightDifferences(text, reference) {
  const mark = el('mark', { class: 'quote' });
  if (!reference) {
    mark.textContent = text;
    return mark;
  }
  for (const piece of text.split(/([\p{L}\p{N}']+)/u)) {
    if (piece && /[\p{L}\p{N}]/u.test(piece) && !reference.has(piece.toLowerCase())) mark.append(el('mark', { class: 'diff', text: piece }));
    else mark.append(piece);
  }
  return mark;
}

function contextBounds(body, start, end) {
  let from = Math.max(0, start - 160);
  let to = Math.min(body.length, end + 160);
  const paragraphStart = body.lastIndexOf('\n\n', start);
  if (paragraphStart + 2 > from) from = paragraphStart < 0 ? from : paragraphStart + 2;
  const paragraphEnd = body.indexOf('\n\n', end);
  if (paragraphEnd >= 0 && paragraphEnd < to) to = paragraphEnd;
  return [from, to];
}

function cutBefore(body, from) {
  return from > 0 && body.slice(from - 2, from) !== '\n\n';
}

function cutAfter(body, to) {
  return to < body.length && body.slice(to, to + 2) !== '\n\n';
}

function articleColumn(article, marks) {
  const outlet = outletOf(article);
  const published = article.published ? formatDay(article.published) : 'undated';
  const byline = article.authors.length ? ' · ' + article.authors.join(', ') : '';
  const column = el('article', { class: 'column', hue: hue(outlet), id: 'article-' + article.id },
    el('div', { class: 'outlet', text: outlet }),
    el('h3', { text: article.headline || '(no headline)' }),
    el('div', { class: 'meta', text: published + byline }),
    safeUrl(article.url) ? el('a', { class: 'meta', href: safeUrl(article.url), rel: 'noopener noreferrer nofollow', target: '_blank', text: article.url }) : null);
  const body = el('div', { class: 'body' });
  marks.render(body, article.id, article.body);
  column.append(body);
  return column;
}

function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function jumpTo(id) {
  const target = document.getElementById(id);
  if (!target) return;
  const column = target.closest('.column');
  if (column) column.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'start' });
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  if (target.tagName !== 'MARK') return;
  target.classList.remove('flash');
  void target.offsetWidth;
  target.classList.add('flash');
}

/** The spans to highlight in each article body, rendered as marks with ids to jump to. */
class MarkIndex {
  constructor() {
    this.spans = new Map();
  }

  add(article, start, end, kind) {
    if (!(end > start)) return;
    if (!this.spans.has(article)) this.spans.set(article, []);
    this.spans.get(article).push({ start, end, kind });
  }

  id(article, start, end) {
    return 'span-' + article + '-' + start + '-' + end;
  }

  render(container, article, body) {
    const spans = this.spans.get(article) || [];
    const cuts = new Set([0, body.length]);
    spans.forEach((span) => { cuts.add(Math.min(span.start, body.length)); cuts.add(Math.min(span.end, body.length)); });
    const points = [...cuts].sort((a, b) => a - b);
    const anchored = new Set();
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const text = body.slice(from, to);
      const covering = spans.filter((span) => span.start <= from && span.end >= to);
      if (!covering.length) {
        container.append(text);
        continue;
      }
      const mark = el('mark', { class: [...new Set(covering.map((span) => span.kind))].join(' '), text });
      for (const span of covering) {
        const id = this.id(article, span.start, span.end);
        if (span.start === from && !anchored.has(id)) {
          anchored.add(id);
          mark.id = mark.id || id;
          if (mark.id !== id) container.append(el('span', { id }));
        }
      }
      container.append(mark);
    }
  }
}

// ---- routing --------------------------------------------------------------------------------

async function route() {
  const hash = location.hash || '#/';
  try {
    if (hash.startsWith('#/story/')) {
      const [storyId, articleId] = hash.slice('#/story/'.length).split('/').map(decodeURIComponent);
      await story(storyId, articleId);
    }
    else if (hash.startsWith('#/search/')) await search(decodeURIComponent(hash.slice('#/search/'.length)));
    else await home();
  } catch (error) {
    show(el('div', { class: 'error-box', role: 'alert', text: error.status === 404 ? 'Not found: ' + error.message : 'Could not load this page: ' + error.message }),
      el('p', {}, el('a', { href: '#/', text: 'Back to the stories' })));
  }
}

document.getElementById('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const query = document.getElementById('q').value.trim();
  location.hash = query ? '#/search/' + encodeURIComponent(query) : '#/';
});
window.addEventListener('hashchange', route);
route();
