// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextIndex } from '../../lib/anchor/text-index';
import { createCssHighlightRenderer, ROOT_HIGHLIGHT_CSS } from '../../lib/highlight/css-highlight-renderer';
import { createHighlightRenderer } from '../../lib/highlight/index';
import { createWrapRenderer } from '../../lib/highlight/wrap-renderer';

const html =
  '<h1>KẾ HOẠCH</h1><p>Căn cứ <b>Nghị <i>quyết</i></b> số 21-NQ/TW của <a href="#x">Bộ Chính trị</a>;</p>' +
  '<p>Ban Thường vụ Tỉnh ủy giao <span>Ban Tổ chức Tỉnh ủy</span> chủ trì, phấn đấu đạt 75%.</p>';

function rangesOf(...phrases: string[]): Range[] {
  const index = buildTextIndex(document.body);
  return phrases.map((phrase) => {
    const start = index.text.indexOf(phrase);
    if (start < 0) throw new Error(`missing ${phrase}`);
    return index.rangeFor(start, start + phrase.length);
  });
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('createHighlightRenderer', () => {
  it('falls back to wrapping where CSS.highlights is missing (happy-dom)', () => {
    const renderer = createHighlightRenderer(document);
    expect(renderer.strategy).toBe('wrap');
    renderer.destroy();
  });
});

describe('wrapping renderer', () => {
  it('paints nested and overlapping spans, then clears back to the identical DOM', () => {
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const textNodesBefore = buildTextIndex(document.body).nodes;
    const renderer = createWrapRenderer(document);
    const [reference, agency, assignment, lead, target] = rangesOf(
      'Nghị quyết số 21-NQ/TW',
      'Bộ Chính trị',
      'Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy chủ trì',
      'Ban Tổ chức Tỉnh ủy',
      '75%',
    );
    renderer.paint([
      { kind: 'reference', ranges: [reference] },
      { kind: 'agency', ranges: [agency, lead] },
      { kind: 'assignment', ranges: [assignment] },
      { kind: 'target', ranges: [target] },
    ]);
    const referenceMarks = [...document.querySelectorAll('mark.soi-reference')];
    expect(referenceMarks.map((m) => m.textContent).join('')).toBe('Nghị quyết số 21-NQ/TW');
    expect(referenceMarks).toHaveLength(3); // one per text node it spans
    expect(document.querySelector('mark.soi-assignment > mark.soi-agency')?.textContent).toBe('Ban Tổ chức Tỉnh ủy');
    expect(document.querySelector('mark.soi-target')?.textContent).toBe('75%');
    // The page reads the same while painted.
    expect(buildTextIndex(document.body).text).toBe(buildTextIndex(new DOMParser().parseFromString(before, 'text/html').body).text);

    renderer.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(buildTextIndex(document.body).nodes).toEqual(textNodesBefore); // same node objects, not copies
    renderer.destroy();
  });

  it('wraps ranges with element boundaries and ranges across paragraphs', () => {
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const renderer = createWrapRenderer(document);
    const wholeParagraph = document.createRange();
    wholeParagraph.selectNodeContents(document.querySelector('h1')!);
    const [across] = rangesOf('Bộ Chính trị;\nBan Thường vụ');
    renderer.paint([{ kind: 'note', ranges: [wholeParagraph, across] }]);
    expect([...document.querySelectorAll('mark.soi-note')].map((m) => m.textContent)).toEqual(['KẾ HOẠCH', 'Bộ Chính trị', ';', 'Ban Thường vụ']);
    renderer.clear();
    expect(document.body.innerHTML).toBe(before);
    renderer.destroy();
  });

  it('repaints, flashes and clears in any order', () => {
    vi.useFakeTimers();
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const renderer = createWrapRenderer(document);
    const [agency] = rangesOf('Bộ Chính trị');
    renderer.paint([{ kind: 'agency', ranges: [agency] }]);
    renderer.paint([{ kind: 'agency', ranges: rangesOf('Bộ Chính trị', 'Tỉnh ủy') }]);
    expect(document.querySelectorAll('mark.soi-agency')).toHaveLength(2);
    const [inside] = rangesOf('Chính');
    renderer.flash(inside);
    expect(document.querySelector('mark.soi-agency mark.soi-flash')?.textContent).toBe('Chính');
    vi.advanceTimersByTime(5000);
    expect(document.querySelector('mark.soi-flash')).toBeNull();
    renderer.flash(rangesOf('Nghị quyết')[0]);
    renderer.clear();
    expect(document.body.innerHTML).toBe(before);
    renderer.destroy();
  });

  it('hides a kind through its stylesheet, without touching the marks', () => {
    document.body.innerHTML = html;
    const renderer = createWrapRenderer(document);
    renderer.paint([{ kind: 'target', ranges: rangesOf('75%') }]);
    const painted = document.body.innerHTML;
    const css = () => [...document.adoptedStyleSheets, ...[...document.querySelectorAll('style')].map((s) => s.sheet!)]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(css()).toContain('soi-target');
    renderer.setVisible('target', false);
    expect(css()).not.toContain('mark.soi-hl.soi-target');
    expect(document.body.innerHTML).toBe(painted);
    renderer.destroy();
    expect(css()).not.toContain('soi-target');
  });
});

describe('CSS Custom Highlight renderer', () => {
  // happy-dom has no CSS.highlights: a Map and a Set-like Highlight stand in for them.
  class FakeHighlight extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }

  const fakeApi = () => ({
    registry: new Map<string, FakeHighlight>() as unknown as HighlightRegistry,
    Highlight: FakeHighlight as unknown as typeof Highlight,
  });

  /**
   * The rules the renderer leaves in its sheet (none: no sheet), given what the engine reports for
   * highlight styles; `preloaded`: the page holds the manifest's :root rules before the renderer comes.
   */
  function adoptedRules(reportedColour?: (element: Element, pseudo: string | undefined) => string, preloaded = false): string[] {
    const texts: string[] = [];
    vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation((text) => void texts.push(text));
    if (reportedColour) {
      const unstyled = (element: Element) => ({ backgroundColor: reportedColour(element, undefined) }) as CSSStyleDeclaration;
      vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) =>
        // highlight styles exist once some sheet holds the rules
        pseudo && (preloaded || texts.length > 0) ? ({ backgroundColor: reportedColour(element, pseudo) } as CSSStyleDeclaration) : unstyled(element),
      );
    }
    createCssHighlightRenderer(document, fakeApi()).destroy();
    vi.restoreAllMocks();
    return texts.at(-1)?.split('\n') ?? [];
  }

  it('adds no sheet where the manifest’s :root rules are in the page and inherit (Chromium)', () => {
    expect(adoptedRules((_element, pseudo) => (pseudo ? 'rgb(255, 176, 32)' : 'rgba(0, 0, 0, 0)'), true)).toEqual([]);
    // where they do not inherit, the rules on every element are still added
    const firefox = adoptedRules((element, pseudo) => (pseudo && element === document.documentElement ? 'rgb(255, 176, 32)' : 'rgba(0, 0, 0, 0)'), true);
    expect(firefox).toHaveLength(6);
    expect(firefox.every((rule) => rule.startsWith('::highlight(soi-'))).toBe(true);
  });

  it('styles highlights on the root alone where highlight styles inherit (Chromium)', () => {
    const rules = adoptedRules((_element, pseudo) => (pseudo ? 'rgb(255, 176, 32)' : 'rgba(0, 0, 0, 0)'));
    expect(rules).toHaveLength(6);
    expect(rules.every((rule) => rule.startsWith(':root::highlight(soi-'))).toBe(true);
  });

  it.each([
    ['they do not inherit (Firefox)', (element: Element, pseudo?: string) => (pseudo && element === document.documentElement ? 'rgb(255, 176, 32)' : 'rgba(0, 0, 0, 0)')],
    ['the engine reports no highlight style (happy-dom)', undefined],
    ['the engine reports the element\'s own style instead', () => 'rgb(255, 255, 255)'],
  ])('styles highlights on every element where %s', (_name, reportedColour) => {
    const rules = adoptedRules(reportedColour);
    expect(rules).toHaveLength(6);
    expect(rules.every((rule) => rule.startsWith('::highlight(soi-'))).toBe(true);
  });

  it('registers one highlight per kind, toggles kinds and never changes the DOM', () => {
    vi.useFakeTimers();
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const registry = new Map<string, FakeHighlight>();
    const renderer = createCssHighlightRenderer(document, {
      registry: registry as unknown as HighlightRegistry,
      Highlight: FakeHighlight as unknown as typeof Highlight,
    });
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    renderer.paint([
      { kind: 'agency', ranges: rangesOf('Bộ Chính trị') },
      { kind: 'agency', ranges: rangesOf('Tỉnh ủy') },
      { kind: 'reference', ranges: rangesOf('Nghị quyết số 21-NQ/TW') },
    ]);
    expect([...registry.keys()].sort()).toEqual(['soi-agency', 'soi-reference']);
    expect(registry.get('soi-agency')!.size).toBe(2);
    renderer.setVisible('agency', false);
    expect(registry.has('soi-agency')).toBe(false);
    renderer.paint([{ kind: 'agency', ranges: rangesOf('Bộ Chính trị') }]);
    expect(registry.has('soi-agency')).toBe(false); // hidden stays hidden across repaints
    renderer.setVisible('agency', true);
    expect(registry.has('soi-agency')).toBe(true);
    renderer.flash(rangesOf('75%')[0]);
    expect(registry.has('soi-flash')).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(registry.has('soi-flash')).toBe(false);
    renderer.destroy();
    expect(registry.size).toBe(0);
    expect(observer.takeRecords()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('the highlight rules the manifest adds to every page', () => {
  it('are the renderer’s own :root rules, so a renderer finding them adds none', () => {
    const css = readFileSync(join(import.meta.dirname, '../../entrypoints/content/highlights.css'), 'utf8');
    expect(css.replace(/\/\*[\s\S]*?\*\//g, '').trim()).toBe(ROOT_HIGHLIGHT_CSS);
  });
});
