/**
 * The results page in Chromium: contrasting respondents, painted charts, tables that hold the
 * engine's numbers, live updates, the guidance shown before the quiz is finished, accessibility
 * (axe, in Japanese and English) and the phone layout. Expected numbers come from the scoring
 * engine itself, run here in Node on the same question bank the build was made from.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatNumber, formatPercent } from '../src/lib/i18n/index.ts';
import { levelFor } from '../src/lib/domain/levels.ts';
import { questionBars } from '../src/lib/domain/results-view.ts';
import { score, type ScoreResult } from '../src/lib/domain/scoring.ts';
import { loadContent } from '../src/lib/server/content/load.ts';
import { answerQuestion, answerQuiz, STORAGE_KEY, storeAnswers } from './helpers/quiz.ts';
import { builtResults, drawEveryChart } from './helpers/results.ts';
import {
	highAnswers as high,
	lowAnswers as low,
	mixedAnswers as mixed
} from './helpers/answers.ts';

const content = loadContent();

// Each test draws a dozen charts; allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

const results = (page: Page) => page.getByTestId('results');

/** Opens /results and waits until every chart has been drawn. */
async function openResults(page: Page) {
	await page.goto('/results');
	await expect(results(page)).toBeVisible({ timeout: 30_000 });
	await waitForCharts(page);
}

async function waitForCharts(page: Page) {
	expect(await drawEveryChart(page)).toBeGreaterThan(5);
}

/** The ids of the recommendations, in the order the page lists them. */
const shownRecommendations = (page: Page) =>
	page
		.locator('[data-recommendation]')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-recommendation')));

async function expectHeadline(page: Page, result: ScoreResult) {
	await expect(page.getByTestId('overall-score')).toHaveText(
		`${formatNumber(result.overall.score, 'ja')} / 100`
	);
	await expect(page.getByTestId('overall')).toContainText(result.overall.level.name.ja);
	await expect(page.getByTestId('pattern-percent')).toHaveText(
		formatPercent(result.pattern.percent, 'ja')
	);
}

test.describe('contrasting respondents', () => {
	test('the low archetype: level 1, and phases, tools and touch model recommended first', async ({
		page
	}) => {
		const expected = score(content, low);
		expect(expected.overall.level.level).toBe(1);
		await storeAnswers(page, low);
		await openResults(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('診断結果');
		await expectHeadline(page, expected);
		await expect(page.getByTestId('overall')).toContainText('萌芽期');
		await expect(page.getByTestId('pattern')).toContainText('効果未実感層の回答傾向に近い');

		expect(await shownRecommendations(page)).toEqual(
			expected.recommendations.map((item) => item.recommendation.id)
		);
		expect(await shownRecommendations(page)).toEqual([
			'start_phase_operation',
			'adopt_customer_data_tool',
			'build_touch_model',
			'manage_customer_health',
			'set_outcome_kpis',
			'sell_to_right_customers',
			'prevent_churn'
		]);
		// The top five are open; the rest are collapsed.
		await expect(page.locator('[data-testid="recommendations"] > li')).toHaveCount(5);
		await expect(page.locator('.collapsed details:not([open])')).toHaveCount(2);
		const first = page.locator('[data-recommendation="start_phase_operation"]');
		await expect(first).toContainText('55.3%');
		await expect(first).toContainText('n=494');
		await expect(first.getByRole('link', { name: /サクセスロードマップ/ })).toHaveAttribute(
			'href',
			/\/q\/phases#phase_operation$/
		);
		// Each states the gains it would make; one the pattern match does not weigh, no 0.0.
		await expect(first.locator('.gains')).toHaveText(
			/^見込み：パターン一致度 \+[\d.]+ポイント、総合成熟度 \+[\d.]+点$/
		);
		await expect(page.locator('[data-recommendation="manage_customer_health"] .gains')).toHaveText(
			/^見込み：総合成熟度 \+[\d.]+点$/
		);

		// Every answer behind the pattern match lowered it, largest effect first.
		await expect(page.getByTestId('movers-raised')).toHaveCount(0);
		const lowered = await page
			.getByTestId('movers-lowered')
			.locator('li')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-question')));
		expect(lowered).toEqual(
			[...expected.pattern.contributions]
				.sort((a, b) => a.effect - b.effect)
				.map((item) => item.questionId)
		);
	});

	test('the high archetype: level 5, nothing left to recommend', async ({ page }) => {
		const expected = score(content, high);
		expect(expected.overall.level.level).toBe(5);
		await storeAnswers(page, high);
		await openResults(page);
		await expectHeadline(page, expected);
		await expect(page.getByTestId('overall')).toContainText('最適化期');
		await expect(page.getByTestId('pattern')).toContainText('効果実感層の回答傾向に近い');
		expect(await shownRecommendations(page)).toEqual([]);
		await expect(page.getByRole('region', { name: '改善のおすすめ' })).toContainText(
			'おすすめできる変更はありません'
		);
	});

	test('a mixed respondent: ranked by the gain for their own answers', async ({ page }) => {
		const expected = score(content, mixed);
		await storeAnswers(page, mixed);
		await openResults(page);
		await expectHeadline(page, expected);
		const shown = await shownRecommendations(page);
		expect(shown).toEqual(expected.recommendations.map((item) => item.recommendation.id));
		expect(shown[0]).toBe('health_score_criteria');
		expect(shown).toContain('move_trial_to_operation');
		// never advised what they already do
		expect(shown).not.toContain('build_touch_model');
		expect(shown).not.toContain('start_phase_operation');
		expect(expected.overall.level.level).not.toBe(score(content, low).overall.level.level);
	});
});

test('the tables hold the same numbers as the scoring engine', async ({ page }) => {
	const expected = score(content, low);
	await storeAnswers(page, low);
	await openResults(page);

	const dimensions = page.getByTestId('dimension-scores');
	await expect(dimensions.locator('caption')).toBeAttached();
	await expect(dimensions.locator('th[scope="col"]')).toHaveCount(3);
	for (const dimension of expected.dimensions) {
		const row = dimensions.locator(`tr[data-dimension="${dimension.id}"]`);
		await expect(row.locator('th[scope="row"]')).toHaveText(dimension.title.ja);
		await expect(row.locator('td').first()).toHaveText(formatNumber(dimension.score!, 'ja'));
		await expect(row.locator('td').nth(1)).toContainText(levelFor(dimension.score!).name.ja);
	}

	// Every figure the engine positioned the user against is in its question's table.
	for (const position of expected.positions) {
		const tables = page.locator(`#position-${position.questionId} table`);
		await expect(tables.first()).toBeAttached();
		const text = (await tables.allTextContents()).join(' ');
		expect(text, position.figure.id).toContain(formatPercent(position.figure.value, 'ja'));
	}

	// Cell by cell, with the user's answer marked in the row header.
	for (const bars of questionBars(content, expected)) {
		for (const group of bars.groups) {
			const table = page.locator(`[data-group="${group.id}"] table`);
			await expect(table.locator('caption')).toBeAttached();
			const rows = table.locator('tbody tr');
			await expect(rows).toHaveCount(group.categories.length);
			for (const [index, category] of group.categories.entries()) {
				const row = rows.nth(index);
				await expect(row.locator('th[scope="row"]')).toContainText(category.answer.ja);
				if (category.isYourAnswer) await expect(row.locator('th')).toContainText('あなたの回答');
				const cells = await row.locator('td').allTextContents();
				expect(cells).toEqual(
					group.series.map((series) => {
						const cell = series.values[index];
						if (!cell) return '数値なし';
						const value = formatPercent(cell.value, 'ja');
						return cell.derived ? `${value}（導出値：${cell.derived.formula}）` : value;
					})
				);
			}
		}
	}

	// The one figure computed on the page: both groups combined, with its formula.
	const phases2025 = page.locator('#position-phase_operation [data-group="phase_operation:0"]');
	await expect(phases2025.locator('table')).toContainText(
		`${formatPercent((494 * 55.3 + 345 * 15.4) / 839, 'ja')}（導出値：(494 × 55.3 + 345 × 15.4) ÷ (494 + 345)）`
	);
	await expect(phases2025).toContainText('導出値');
	// The derived figures the pattern match used for "not operating in phases"
	await expect(phases2025.locator('table')).toContainText('44.7%（導出値：100 − 55.3）');
	// A bar the source gives no figure for is missing, and the note says why.
	await expect(phases2025.locator('.notes')).toContainText(
		'効果未実感層の「試験運用を行っている」の割合は、原資料に記載がないため表示していません。'
	);
	// The honest note in place of invented profiles, and the figures the surveys do give
	const evidence = page.getByTestId('dimension-evidence');
	await expect(
		page.getByText('観点別のプロフィール（典型的なスコア）を公表していません')
	).toBeVisible();
	await expect(evidence.locator('[data-dimension="touch"]')).toContainText('43.5%');
	await expect(evidence.locator('[data-dimension="touch"]')).toContainText('7.1%');
	await expect(evidence.locator('[data-dimension="touch"]')).toContainText('n=276／224');
	await expect(evidence.locator('[data-dimension="phases"]')).toContainText('55.3%');
	await expect(evidence.locator('[data-dimension="phases"]')).toContainText('n=494／345');
	await expect(evidence.locator('[data-dimension="kpi"]')).toContainText('数値は調査にありません');
	// JCSA: the user's segment (SaaS) is named as theirs
	await expect(
		page.locator('[data-group^="tools_used"]').filter({ hasText: 'CRM/SFA' })
	).toContainText('SaaS (n=257) — あなたの区分');
});

test('the charts are drawn when the web font cannot be loaded (offline)', async ({ page }) => {
	// This machine has no Japanese font, so the page asks for the web font's file.
	await page.route('**/noto-sans-jp-web*', (route) => route.abort());
	await storeAnswers(page, mixed);
	await openResults(page);
	await expect(page.locator('html')).toHaveAttribute('data-japanese-font', 'web');
	// Both of its files (src/lib/web-font-faces.ts).
	expect(await page.evaluate(() => [...document.fonts].map((face) => face.status))).toEqual([
		'error',
		'error'
	]);
});

test('the charts are drawn when the font check in the page head could not run', async ({
	page
}) => {
	// As when a proxy or an extension strips inline scripts: no answer on <html>.
	await page.route('**/results', async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(/<script data-stack=[^>]*>[\s\S]*?<\/script>/, '');
		await route.fulfill({ response, body });
	});
	await storeAnswers(page, mixed);
	await openResults(page);
	await expect(page.locator('html')).not.toHaveAttribute('data-japanese-font');
});

test('the charts are painted', async ({ page }) => {
	await storeAnswers(page, mixed);
	await openResults(page);
	const charts = await page.locator('[data-chart] canvas').evaluateAll((canvases) =>
		(canvases as HTMLCanvasElement[]).map((canvas) => {
			const context = canvas.getContext('2d')!;
			const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
			let painted = 0;
			for (let index = 0; index < data.length; index += 4) {
				const [r, g, b, a] = [data[index]!, data[index + 1]!, data[index + 2]!, data[index + 3]!];
				if (a > 0 && !(r > 245 && g > 245 && b > 245)) painted += 1;
			}
			return { painted, total: canvas.width * canvas.height };
		})
	);
	expect(charts.length).toBeGreaterThan(5);
	for (const chart of charts) {
		expect(chart.total).toBeGreaterThan(0);
		// bars, grid lines and labels: well above a blank canvas
		expect(chart.painted / chart.total).toBeGreaterThan(0.02);
	}
	// Japanese text had a font to draw with: this machine has none, so the web font's two files,
	// loaded.
	await expect(page.locator('html')).toHaveAttribute('data-japanese-font', 'web');
	expect(await page.evaluate(() => [...document.fonts].map((face) => face.status))).toEqual([
		'loaded',
		'loaded'
	]);
});

test('charts are drawn as they near the screen, and all of them for printing', async ({ page }) => {
	await storeAnswers(page, mixed);
	await page.goto('/results');
	await expect(builtResults(page)).toBeAttached({ timeout: 30_000 });
	const charts = page.locator('[data-chart] canvas');
	const drawn = page.locator('[data-chart] canvas[data-drawn="true"]');
	// The first chart is near the top of the page; the last, thousands of pixels down, is not.
	await expect(charts.first()).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
	await expect(charts.last()).not.toHaveAttribute('data-drawn');
	const total = await charts.count();
	expect(await drawn.count()).toBeLessThan(total);

	await charts.last().scrollIntoViewIfNeeded();
	await expect(charts.last()).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });

	// Printing draws every chart at once, scrolled to or not.
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(drawn).toHaveCount(total);
});

test('the questionnaire pages do not load chart.js', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') {
			const body = await response.text().catch(() => '');
			if (body.includes('radialLinear')) scripts.push(response.url());
		}
	});
	await storeAnswers(page, low);
	await page.goto('/q/touch');
	await expect(page.locator('fieldset[data-question]').first()).toBeVisible();
	await page.goto('/review');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts).toEqual([]);
});

test('changing an answer updates the result', async ({ page, context }) => {
	await storeAnswers(page, mixed);
	await openResults(page);
	const before = score(content, mixed);
	await expectHeadline(page, before);

	// The way back, as a user takes it: review, change one answer, back to the results.
	await page.getByRole('link', { name: '回答を変更する', exact: true }).click();
	await expect(page).toHaveURL(/\/review$/);
	await page.locator('a[href$="/q/phases#phase_operation"]').click();
	await expect(page).toHaveURL(/\/q\/phases#phase_operation$/);
	await answerQuestion(page, 'phase_operation', 'operating');
	await page.goBack();
	await expect(page).toHaveURL(/\/review$/);
	await page.getByRole('link', { name: '診断結果を見る' }).click();
	await expect(page).toHaveURL(/\/results$/);
	await waitForCharts(page);
	const after = score(content, { ...mixed, phase_operation: 'operating' });
	expect(after.pattern.percent).not.toBeCloseTo(before.pattern.percent, 1);
	await expectHeadline(page, after);
	expect(await shownRecommendations(page)).not.toContain('move_trial_to_operation');

	// An answer changed in another tab shows here without a reload.
	const other = await context.newPage();
	await other.goto('/review');
	const storeInOtherTab = (answers: typeof low) =>
		other.evaluate(
			([key, json]) => {
				const record = JSON.parse(localStorage.getItem(key!)!);
				localStorage.setItem(key!, JSON.stringify({ ...record, answers: JSON.parse(json!) }));
			},
			[STORAGE_KEY, JSON.stringify(answers)]
		);
	await storeInOtherTab(low);
	await expectHeadline(page, score(content, low));
	await waitForCharts(page);

	// A card gained that way is added without taking away, even for a moment, what follows it.
	const cards = (answers: typeof low) => questionBars(content, score(content, answers)).length;
	expect(cards(high)).toBeGreaterThan(cards(low));
	// Built afresh for low's cards (the view built for mixed's had one more).
	await page.reload();
	await waitForCharts(page);
	await page.evaluate(() => {
		const downloads = document.querySelector('[data-testid="downloads"]')!;
		new MutationObserver(() => {
			if (!downloads.isConnected) document.documentElement.dataset.downloadsWentAway = 'yes';
		}).observe(document.body, { childList: true, subtree: true });
	});
	await storeInOtherTab(high);
	await expectHeadline(page, score(content, high));
	await expect(page.locator('article.position')).toHaveCount(cards(high));
	await expect(builtResults(page)).toBeAttached();
	await expect(page.locator('html')).not.toHaveAttribute('data-downloads-went-away');
});

test.describe('before the quiz is finished', () => {
	test('with nothing stored, /results says so and offers a start', async ({ page }) => {
		await page.goto('/results');
		const guidance = page.getByTestId('results-guidance');
		await expect(guidance).toHaveAttribute('data-state', 'empty');
		await expect(guidance).toContainText('まだ回答がありません');
		await expect(guidance.getByRole('link', { name: '診断を始める' })).toHaveAttribute(
			'href',
			/\/q\/context$/
		);
		await expect(results(page)).toHaveCount(0);
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	});

	test('with a partial quiz, /results offers to continue where the user left off', async ({
		page
	}) => {
		const partial = Object.fromEntries(
			Object.entries(low).filter(([id]) => !['phase_operation', 'health_score'].includes(id))
		);
		await storeAnswers(page, partial);
		await page.goto('/results');
		const guidance = page.getByTestId('results-guidance');
		await expect(guidance).toHaveAttribute('data-state', 'incomplete');
		await expect(guidance).toContainText('必須の質問が2問');
		await expect(guidance.getByRole('link', { name: '続きから回答する' })).toHaveAttribute(
			'href',
			/\/q\/phases$/
		);
		await guidance.getByRole('link', { name: '続きから回答する' }).click();
		await expect(page).toHaveURL(/\/q\/phases$/);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('/results says why no result can be shown', async ({ page }) => {
			await page.goto('/results');
			const guidance = page.getByTestId('results-guidance');
			await expect(guidance).toHaveAttribute('data-state', 'loading');
			await expect(guidance.locator('noscript p')).toContainText('表示にはJavaScriptが必要です');
			await expect(guidance.locator('noscript p')).toBeVisible();
			// Nothing is loading: the explanation stands alone.
			const loading = guidance.locator('p.loading');
			await expect(loading).toHaveText('保存されている回答を読み込んでいます…');
			await expect(loading).toBeHidden();
		});
	});
});

test('answering the whole quiz leads to the results', async ({ page }) => {
	await answerQuiz(page, low);
	await page.getByRole('link', { name: '診断結果を見る' }).click();
	await expect(page).toHaveURL(/\/results$/);
	await waitForCharts(page);
	await expectHeadline(page, score(content, low));
});

test.describe('accessibility', () => {
	for (const locale of ['ja', 'en'] as const) {
		test(`axe finds no violations (${locale})`, async ({ page, context, baseURL }) => {
			await context.addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
			await storeAnswers(page, mixed);
			await openResults(page);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				locale === 'ja' ? '診断結果' : 'Your results'
			);
			// the collapsed recommendations too
			for (const details of await page.locator('details').all())
				await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations).toEqual([]);
		});
	}

	test('your answer is marked in words, not by colour alone', async ({ page }) => {
		await storeAnswers(page, low);
		await openResults(page);
		const phase = page.locator('#position-phase_operation');
		await expect(phase.locator('.your-answer')).toHaveText(
			/あなたの回答：フェーズを分けた運用はしていない/
		);
		await expect(phase.locator('tr[data-your-answer] th')).toContainText('あなたの回答');
		await expect(phase.locator('.legend').first()).toContainText('効果実感層');
		// The user's own answers: each card leads back to its question.
		await expect(phase.getByRole('link', { name: /^この質問の回答を変更する/ })).toHaveAttribute(
			'href',
			/\/q\/phases#phase_operation$/
		);
	});

	test('in English, the marked row uses English punctuation', async ({
		page,
		context,
		baseURL
	}) => {
		await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
		await storeAnswers(page, low);
		await openResults(page);
		const row = page.locator('#position-phase_operation tr[data-your-answer] th').first();
		await expect(row).toHaveText(/^Your answer: /);
	});
});

test('desktop shows two columns', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await storeAnswers(page, low);
	await openResults(page);
	const boxes = await page
		.locator('.position-grid > article')
		.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
	expect(new Set(boxes).size).toBe(2);
});

test('the phone layout is a single column without horizontal scrolling @phone', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await storeAnswers(page, low);
	await openResults(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const lefts = await page
		.locator('.position-grid > article')
		.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
	expect(new Set(lefts).size).toBe(1);
	for (const canvas of await page.locator('[data-chart] canvas').all()) {
		const box = (await canvas.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
	}
});
