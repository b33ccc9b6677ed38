// Browser end-to-end test of an old story link after a merge, in real headless Chromium.
// Run by BrowserEndToEndTest with BASE_URL (a server whose story MERGED was merged into
// SURVIVOR when a later article bridged their events) and OUT_DIR (screenshots).
import { join } from 'node:path';
import { base, check, out, withPage } from './browser-checks.mjs';

const merged = process.env.MERGED;
const survivor = process.env.SURVIVOR;

await withPage(async (page) => {
  await page.goto(base + '/#/story/' + encodeURIComponent(merged));
  await page.waitForSelector('[data-testid=timeline] > li', { timeout: 15000 });
  const notice = await page.locator('[data-testid=merged-notice]').textContent();
  check(notice.includes('Story ' + merged + ' was merged'), 'the old link opens the survivor and says so (' + notice + ')');
  check(new URL(page.url()).hash === '#/story/' + survivor, 'the address now names the survivor (' + page.url() + ')');
  const changes = await page.locator('[data-testid=changes] li').allTextContents();
  check(changes.some((line) => line.includes('story ' + merged + ' merged into story ' + survivor)),
    'the story merge is listed (' + changes.join(' | ') + ')');
  check(changes.some((line) => /event e\d+ merged into event e\d+ when .+ reported on both/.test(line)),
    'the event merge is listed with the article that bridged the events');
  const story = await (await page.request.get(base + '/api/stories/' + encodeURIComponent(survivor))).json();
  const bridge = story.story.changes.find((change) => change.article).article;
  await page.locator('[data-testid=changes] button.link').first().click();
  const shown = await page.waitForFunction((id) => {
    const box = document.getElementById('article-' + id).getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight;
  }, bridge, { timeout: 5000 }).then(() => true, () => false);
  check(shown, 'the bridging article\'s link scrolls to its column');
  await page.screenshot({ path: join(out, 'merged-story.png'), fullPage: true });
});
