// Browser end-to-end test of the Parallax story page in real headless Chromium.
// Run by BrowserEndToEndTest with BASE_URL (a running server holding the demo corpus and one
// hostile article), OUT_DIR (screenshots) and HOSTILE_QUERY (a word only the hostile article has).
// Exits non-zero with a message when a check failed.
import { join } from 'node:path';
import { base, check, out, withPage } from './browser-checks.mjs';

const hostileQuery = process.env.HOSTILE_QUERY;

await withPage(async (page, errors) => {
  // 1. The story list of the demo corpus.
  await page.goto(base + '/');
  await page.waitForSelector('[data-testid=story-list] .story-card', { timeout: 15000 });
  const cards = await page.locator('.story-card').count();
  check(cards >= 2, 'the demo shows its stories (' + cards + ' cards)');
  await page.screenshot({ path: join(out, 'stories.png'), fullPage: true });

  // 2. Open a story that has quote groups, by clicking its card.
  const stories = await (await page.request.get(base + '/api/stories?limit=500')).json();
  let quoted = null;
  for (const story of stories.items) {
    const detail = await (await page.request.get(base + '/api/stories/' + encodeURIComponent(story.id))).json();
    if (detail.events.some((event) => event.quotes.length > 0)) { quoted = story; break; }
  }
  check(quoted !== null, 'some demo story has a quote group');
  if (quoted) {
    await page.click('a.story-card[href="#/story/' + quoted.id + '"]');
    await page.waitForSelector('[data-testid=timeline] > li', { timeout: 15000 });
    const events = await page.locator('[data-testid=timeline] > li').count();
    check(events >= 1, 'the story page shows a timeline (' + events + ' events)');
    const groups = await page.locator('[data-testid=quote-group]').count();
    check(groups >= 1, 'the story page shows quote groups (' + groups + ')');
    const quoteMarks = await page.locator('[data-testid=quote-group] mark.quote').count();
    check(quoteMarks >= 1, 'quote variants are highlighted in their context');
    const columns = await page.locator('[data-testid=outlets] .column').count();
    check(columns === quoted.articles, 'the outlets are side by side, one column per article (' + columns + ')');
    check(await page.locator('[data-testid=coverage] svg rect').count() >= 1, 'coverage over time is drawn as a chart');
    const facts = await page.locator('[data-testid=facts] .fact').count();
    check(facts >= 1, 'facts the outlets agree on (or conflict on) are listed per event (' + facts + ')');
    const sections = await page.locator('[data-testid=brief] h3.brief-section').count();
    check(sections >= 1, 'the brief shows its sections (' + sections + ')');
    const cite = page.locator('[data-testid=brief] button.cite').first();
    if (await cite.count()) {
      await cite.click();
      await page.waitForSelector('.column mark.flash', { timeout: 5000 });
      check(true, 'a citation in the brief jumps to its span in the article');
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, 'story-laptop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, 'on a phone the page does not scroll sideways (overflow ' + overflow + ' px)');
    await page.screenshot({ path: join(out, 'story-phone.png'), fullPage: false });
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  // 3. The hostile article: its markup is shown as text and nothing in it runs.
  if (hostileQuery) {
    await page.goto(base + '/#/search/' + encodeURIComponent(hostileQuery));
    await page.waitForSelector('.results li a', { timeout: 15000 });
    await page.click('.results li a');
    await page.waitForSelector('[data-testid=outlets] .column', { timeout: 15000 });
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      scripts: document.querySelectorAll('main script').length,
      handlers: [...document.querySelectorAll('main *')].filter((node) => [...node.attributes].some((a) => a.name.startsWith('on'))).length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript" i]').length,
      images: document.querySelectorAll('main img').length,
      text: document.querySelector('main').textContent,
    }));
    check(state.pwned === undefined, 'no script from the hostile article ran (window.__pwned is ' + state.pwned + ')');
    check(errors.dialogs.length === 0, 'no dialog opened (' + errors.dialogs.join(' | ') + ')');
    check(state.scripts === 0 && state.handlers === 0 && state.javascriptLinks === 0 && state.images === 0,
      'the page holds no script, event handler, javascript: link or image from the article');
    check(state.text.includes('<img src=x onerror='), 'the hostile markup is shown as plain text');
    await page.locator('[data-testid=outlets] .column', { hasText: hostileQuery }).first().screenshot({ path: join(out, 'hostile-article.png') });
  }
});
