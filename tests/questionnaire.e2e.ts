import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	answerPages,
	answerQuestion,
	answerQuiz,
	fullAnswers,
	questionFieldset,
	questionSetVersion,
	seedStorage,
	STORAGE_KEY,
	storeAnswers,
	storedAnswers
} from './helpers/quiz.ts';

/** Presses Tab until `target` has focus: the only way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, limit = 60) {
	for (let presses = 0; presses < limit; presses += 1) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

test('answers every question and reaches the review page with every answer listed', async ({
	page,
	baseURL
}) => {
	test.slow(); // walks through many pages
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(baseURL!)) foreign.push(request.url());
	});

	await page.goto('/');
	await page.getByRole('link', { name: '診断を始める' }).click();
	await answerPages(page, fullAnswers);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('回答の確認');
	await expect(page).toHaveTitle(/回答の確認/);
	const phases = page.getByRole('region', { name: 'フェーズ分け運用' });
	await expect(phases).toContainText('フェーズを分けて運用している');
	await expect(phases).toContainText('ヘルススコア（複合）とその閾値を定めている');
	await expect(page.getByRole('region', { name: 'KPIと成果指標' })).toContainText(
		'NRR（売上継続率）'
	);
	await expect(page.locator('dl .row')).toHaveCount(25);
	await expect(page.getByText('未回答')).toHaveCount(0);
	await expect(page.getByRole('link', { name: '診断結果を見る' })).toHaveAttribute(
		'href',
		/\/results$/
	);

	expect(await storedAnswers(page)).toEqual(fullAnswers);
	expect(foreign, 'no request leaves the site').toEqual([]);
});

test('keeps answers through a reload and the language switch, and continues where the user left off', async ({
	page,
	baseURL
}) => {
	test.slow(); // several full page loads
	await page.goto('/q/context');
	for (const id of ['business_model', 'company_size', 'cs_years', 'executive_owner']) {
		await answerQuestion(page, id, fullAnswers[id]!);
	}
	await page.getByRole('button', { name: '次へ' }).click();
	await expect(page).toHaveURL(/\/q\/touch$/);
	await answerQuestion(page, 'touch_model', 'built');

	await page.reload();
	await expect(page.locator('[aria-current="step"]')).toContainText('タッチモデル');
	const built = questionFieldset(page, 'touch_model').locator('input[value="built"]');
	await expect(built).toBeChecked();
	await expect(built).toBeEnabled();
	await expect(questionFieldset(page, 'touch_segmentation')).toBeVisible();

	// The language switch is a form POST that reloads the page: the answers come from storage.
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Touch model');
	await expect(built).toBeChecked();
	// The finished step says so to screen readers, in English punctuation.
	await expect(page.locator('.step.complete')).toHaveText(/Your company and CS team \(answered\)$/);
	await page.context().addCookies([{ name: 'lang', value: 'ja', url: baseURL! }]); // back to ja

	await page.goto('/');
	await expect(page.getByText('保存されている回答：20問中5問に回答済み')).toBeVisible();
	await page.getByRole('link', { name: '続きから回答する' }).click();
	await expect(page).toHaveURL(/\/q\/touch$/);
	await expect(built).toBeChecked();
});

test('changing an answer that hides a follow-up question removes the follow-up answer', async ({
	page
}) => {
	test.slow(); // walks through many pages
	await answerQuiz(page, fullAnswers);
	await expect(page.locator('#review-phase_criteria')).toContainText('ヘルススコア（複合）');

	await page.locator('#review-phase_operation').getByRole('link', { name: /^変更/ }).click();
	await expect(page).toHaveURL(/\/q\/phases#phase_operation$/);
	await expect(questionFieldset(page, 'phase_operation')).toBeFocused();

	await answerQuestion(page, 'phase_operation', 'not_operating');
	await expect(questionFieldset(page, 'phase_criteria')).toHaveCount(0);
	await expect(questionFieldset(page, 'phases_defined')).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: '表示されなくなりました' })).toHaveText(
		/3問が表示されなくなりました/
	);

	// Every other answer still stands, so Next goes straight through to the review.
	for (const next of ['/q/kpi', '/q/tools', '/q/organisation', '/review']) {
		await page.locator('main form button[type="submit"]').click();
		await expect(page).toHaveURL(new RegExp(`${next}$`));
	}
	await expect(page.locator('#review-phase_operation')).toContainText(
		'フェーズを分けた運用はしていない'
	);
	await expect(page.locator('#review-phase_criteria')).toHaveCount(0);
	await expect(page.getByText('ヘルススコア（複合）とその閾値を定めている')).toHaveCount(0);
	const stored = await storedAnswers(page);
	expect(stored?.phase_operation).toBe('not_operating');
	expect(stored).not.toHaveProperty('phase_criteria');
	expect(stored).not.toHaveProperty('phases_defined');
	expect(stored).not.toHaveProperty('phase_playbooks');
});

test('Next with a missing answer shows where, announces it and moves focus there', async ({
	page
}) => {
	await page.goto('/q/context');
	await answerQuestion(page, 'business_model', 'saas');
	await answerQuestion(page, 'cs_years', 'over_5');
	await page.getByRole('button', { name: '次へ' }).click();

	await expect(page).toHaveURL(/\/q\/context$/);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('回答されていない必須の質問があります');
	await expect(alert.getByRole('link')).toHaveText([
		'従業員数（連結・正社員）を教えてください。',
		'顧客支援を担当する部門を管掌している役員は誰ですか。'
	]);

	const companySize = questionFieldset(page, 'company_size');
	await expect(companySize).toBeFocused();
	await expect(companySize).toContainText('この質問は必須です。いずれかを選んでください。');
	await expect(companySize).toHaveAccessibleDescription(/この質問は必須です/);
	await expect(questionFieldset(page, 'executive_owner')).toContainText('この質問は必須です');
	await expect(questionFieldset(page, 'business_model')).not.toContainText('この質問は必須です');

	// The summary links lead to the question itself.
	await alert.getByRole('link', { name: /管掌している役員/ }).click();
	await expect(questionFieldset(page, 'executive_owner')).toBeFocused();

	// Answering clears that question's message; the rest stay until answered.
	await answerQuestion(page, 'company_size', 'from_51_to_300');
	await expect(companySize).not.toContainText('この質問は必須です');
	await expect(alert.getByRole('link')).toHaveCount(1);
	await answerQuestion(page, 'executive_owner', 'coo');
	await expect(alert).toBeEmpty();
	await page.getByRole('button', { name: '次へ' }).click();
	await expect(page).toHaveURL(/\/q\/touch$/);
});

test('keyboard only: start, answer a whole page, and move on', async ({ page }) => {
	await page.goto('/');
	const start = page.getByRole('link', { name: '診断を始める' });
	await tabTo(page, start);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/q\/context$/);

	const option = (question: string, value: string) =>
		questionFieldset(page, question).locator(`input[value="${value}"]`);
	await expect(option('business_model', 'saas')).toBeEnabled();

	// Tab enters a radio group on its first option; Space chooses it, arrows move the choice.
	await tabTo(page, option('business_model', 'saas'));
	await expect(option('business_model', 'saas')).toHaveCSS('outline-style', 'solid');
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await expect(option('company_size', 'up_to_50')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await expect(option('cs_years', 'under_1')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: '戻る' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: '次へ' })).toBeFocused();
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/q\/touch$/);
	expect(await storedAnswers(page)).toEqual({
		business_model: 'saas',
		company_size: 'from_51_to_300',
		cs_years: 'from_2_to_5',
		executive_owner: 'cco'
	});

	// Checkboxes: Space toggles, and an exclusive option clears the others.
	await expect(option('touch_model', 'built')).toBeEnabled();
	await tabTo(page, option('touch_model', 'built'));
	await page.keyboard.press('Space');
	await tabTo(page, option('tech_touch_channels', 'help_center'));
	await page.keyboard.press('Space');
	await expect(option('tech_touch_channels', 'help_center')).toBeChecked();
	await tabTo(page, option('tech_touch_channels', 'none'));
	await page.keyboard.press('Space');
	await expect(option('tech_touch_channels', 'none')).toBeChecked();
	await expect(option('tech_touch_channels', 'help_center')).not.toBeChecked();

	// The follow-ups that appeared are still open: Next keeps the user here, at the first of them.
	await tabTo(page, page.getByRole('button', { name: '次へ' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toContainText('回答されていない必須の質問があります');
	expect(await focusedId(page)).toBe('touch_segmentation');
});

test('start over deletes every answer after confirmation', async ({ page }) => {
	await storeAnswers(page, fullAnswers);
	await page.goto('/');
	await expect(page.getByText('保存されている回答：25問中25問に回答済み')).toBeVisible();
	await expect(page.getByRole('link', { name: '回答を確認する' })).toHaveAttribute(
		'href',
		/\/review$/
	);

	await page.getByRole('button', { name: '最初からやり直す' }).click();
	await expect(page.getByRole('button', { name: 'キャンセル' })).toBeFocused();
	await page.getByRole('button', { name: 'キャンセル' }).click();
	expect(await storedAnswers(page)).toEqual(fullAnswers);

	await page.getByRole('button', { name: '最初からやり直す' }).click();
	await page.getByRole('button', { name: '回答を消去する' }).click();
	await expect(page.getByText('すべての回答を消去しました。')).toBeVisible();
	await expect(page.getByRole('link', { name: '診断を始める' })).toBeFocused();
	expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
});

test('stored answers that no longer fit are trimmed, and the user is told why', async ({
	page
}) => {
	await seedStorage(
		page,
		JSON.stringify({
			questionSet: '2025.1',
			updatedAt: '2025-12-01T00:00:00.000Z',
			answers: {
				business_model: 'saas',
				company_size: 'enormous',
				retired_question: 'yes',
				another_retired_question: ['a', 'b'],
				phase_operation: 'not_operating',
				phase_criteria: 'hs_single'
			}
		})
	);
	await page.goto('/');

	const notice = page.getByRole('region', { name: '保存されていた回答について' });
	await expect(notice).toContainText(`バージョン 2025.1 → ${questionSetVersion()}`);
	await expect(notice).toContainText('4件の回答は現在の質問に合わないため削除しました');
	await expect(notice).toContainText('2件の回答はそのまま引き継いでいます');
	await expect(notice.getByRole('listitem')).toHaveText([
		'質問がなくなった：2件',
		'選択肢が変わった、または形式が正しくない：1件',
		'ほかの回答により表示されなくなった質問：1件'
	]);
	await expect(page.getByRole('link', { name: '続きから回答する' })).toBeVisible();

	// Until dismissed, the explanation is shown again on the next page load; afterwards storage
	// holds only what was kept, and there is nothing left to explain.
	await page.goto('/q/context');
	await expect(notice).toBeVisible();
	await expect(questionFieldset(page, 'business_model').locator('input:checked')).toHaveValue(
		'saas'
	);
	await notice.getByRole('button', { name: 'このお知らせを閉じる' }).click();
	await expect(notice).toHaveCount(0);
	await expect(page.locator('#main')).toBeFocused();
	expect(await storedAnswers(page)).toEqual({
		business_model: 'saas',
		phase_operation: 'not_operating'
	});
	await page.goto('/review');
	await expect(page.locator('#review-business_model')).toContainText('SaaS');
	await expect(notice).toHaveCount(0);
});

test('corrupt storage is reported and the questionnaire starts afresh', async ({ page }) => {
	await seedStorage(page, '{"questionSet":"20');
	await page.goto('/q/context');
	await expect(page.getByRole('region', { name: '保存されていた回答について' })).toContainText(
		'読み込めませんでした'
	);
	await expect(questionFieldset(page, 'business_model').locator('input:checked')).toHaveCount(0);
});

test('when the browser cannot store answers, the user is told once', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.goto('/q/context');
	const notice = page.getByRole('region', { name: '回答を保存できません' });
	await answerQuestion(page, 'business_model', 'saas');
	await expect(notice).toContainText('このブラウザでは回答を保存できません');
	await notice.getByRole('button', { name: 'このお知らせを閉じる' }).click();
	await answerQuestion(page, 'company_size', 'up_to_50');
	await expect(notice).toHaveCount(0);
	// The answers still work for this visit.
	await expect(questionFieldset(page, 'business_model').locator('input:checked')).toHaveValue(
		'saas'
	);
});

test('an unknown dimension is a 404', async ({ page }) => {
	const response = await page.goto('/q/marketing');
	expect(response?.status()).toBe(404);
});

test('the review page lists missing answers instead of the way to the results', async ({
	page
}) => {
	const partial = Object.fromEntries(
		Object.entries(fullAnswers).filter(([id]) => !['nrr_band', 'cs_budget'].includes(id))
	);
	await storeAnswers(page, partial);
	await page.goto('/review');
	const missing = page.getByRole('region', { name: '回答されていない必須の質問があります' });
	await expect(missing.getByRole('link')).toHaveText([
		'CS対象サービスの年間の売上継続率（NRR）はどのくらいですか。',
		'カスタマーサクセスの予算（人件費以外）は確保されていますか。'
	]);
	await expect(page.getByRole('link', { name: '診断結果を見る' })).toHaveCount(0);

	await missing.getByRole('link', { name: /売上継続率/ }).click();
	await expect(page).toHaveURL(/\/q\/kpi#nrr_band$/);
	await expect(questionFieldset(page, 'nrr_band')).toBeFocused();
});

test('the pages meet WCAG 2.2 AA as far as axe can tell', async ({ page }) => {
	test.slow(); // axe audits three pages
	const audit = async () => {
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(result.violations.map((violation) => [violation.id, violation.nodes.length])).toEqual(
			[]
		);
	};
	await storeAnswers(page, { business_model: 'saas', touch_model: 'partial' });
	await page.goto('/');
	await audit();
	await page.goto('/q/touch');
	await expect(questionFieldset(page, 'touch_model').locator('input').first()).toBeEnabled();
	await page.getByRole('button', { name: '次へ' }).click();
	await expect(page.getByRole('alert')).not.toBeEmpty();
	await audit();
	await page.goto('/review');
	await expect(page.getByRole('heading', { name: '回答の確認' })).toBeVisible();
	await audit();
});

test.describe('on a 375 px wide phone', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	const noHorizontalScroll = async (page: Page) => {
		const widths = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth
		}));
		expect(widths.scroll, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(widths.client);
	};

	test('every page fits the screen and options are easy to tap @phone', async ({ page }) => {
		test.slow(); // walks through many pages
		await page.goto('/');
		await noHorizontalScroll(page);

		await page.goto('/q/kpi');
		await answerQuestion(page, 'kpis_set', ['retention', 'nrr']);
		await noHorizontalScroll(page);
		const heights = await page
			.locator('fieldset[data-question] label')
			.evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
		expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
		await page.getByRole('button', { name: '次へ' }).click();
		await expect(questionFieldset(page, 'kpis_measured')).toBeFocused();
		await noHorizontalScroll(page);

		await answerQuiz(page, fullAnswers);
		await noHorizontalScroll(page);
		await expect(page.getByRole('link', { name: '診断結果を見る' })).toBeVisible();
	});
});

test('answers that may contradict each other are pointed out on the question and on the review page, without holding the results back', async ({
	page
}) => {
	const note =
		'ヘルススコアは定義していないと回答していますが、フェーズはヘルススコアで分けていると回答しています。';
	await storeAnswers(page, { ...fullAnswers, phase_criteria: 'hs_single' });
	await page.goto('/q/phases');
	const criteria = questionFieldset(page, 'phase_criteria');
	const health = questionFieldset(page, 'health_score');
	await expect(
		health.getByRole('radio', { name: 'ヘルススコアを定義し、定期的に見直している' })
	).toBeChecked();
	await expect(page.getByText(note)).toHaveCount(0);
	await answerQuestion(page, 'health_score', 'not_tracked');
	// Under the later answer, with the way to the other, read with the question's options, and
	// announced once as it arises. The earlier answer is on this page: not a second copy there.
	await expect(health.locator('.conflict')).toContainText(note);
	await expect(criteria.locator('.conflict')).toHaveCount(0);
	await expect(health).toHaveAccessibleDescription(new RegExp(note));
	await expect(page.getByRole('status').filter({ hasText: note })).toHaveText(`確認：${note}`);
	// After a reload it is shown, not read out again.
	await page.reload();
	await expect(health.locator('.conflict')).toContainText(note);
	await expect(page.getByRole('status').filter({ hasText: note })).toHaveCount(0);
	await health.getByRole('link', { name: /もう一方の回答を見直す/ }).click();
	await expect(page).toHaveURL(/\/q\/phases#phase_criteria$/);
	await expect(criteria).toBeFocused();

	await page.goto('/review');
	await expect(page.getByRole('link', { name: '診断結果を見る' })).toBeVisible();
	const conflicts = page.getByRole('region', { name: '食い違っている可能性のある回答があります' });
	await expect(conflicts).toContainText(note);
	await expect(conflicts.getByRole('link')).toHaveText([
		'サクセスロードマップのフェーズは、どのようなクライテリア（基準）で分けていますか。',
		'顧客の健全度（カスタマーヘルス）をどのように把握していますか。'
	]);
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((violation) => violation.id)).toEqual([]);
	// The results say so too, with the way back to the review.
	await page.goto('/results');
	const resultsNote = page.getByText('互いに食い違っている可能性のある回答が1組あります。');
	await expect(resultsNote).toBeVisible();
	await expect(resultsNote.getByRole('link', { name: '回答の確認ページで見直す' })).toHaveAttribute(
		'href',
		/\/review$/
	);

	// Changing the earlier answer clears it everywhere.
	await page.goto('/review');
	await conflicts.getByRole('link').first().click();
	await answerQuestion(page, 'phase_criteria', 'period_only');
	await expect(page.getByText(note)).toHaveCount(0);
	await page.goto('/review');
	await expect(page.getByRole('link', { name: '診断結果を見る' })).toBeVisible();
	await expect(conflicts).toHaveCount(0);
	await page.goto('/results');
	await expect(page.getByTestId('overall-score')).toBeVisible();
	await expect(page.getByText(/食い違っている可能性/)).toHaveCount(0);

	// A later answer on another page that does not fit this one: the note is under both.
	await page.goto('/q/kpi');
	await answerQuestion(page, 'kpis_set', ['retention', 'health_score']);
	const kpiNote =
		'ヘルススコアをKPIとして定めていると回答していますが、ヘルススコアは定義していないと回答しています。';
	await expect(questionFieldset(page, 'kpis_set').locator('.conflict')).toContainText(kpiNote);
	await page.goto('/q/phases');
	await expect(health.locator('.conflict')).toHaveText([new RegExp(kpiNote)]);
	await answerQuestion(page, 'health_score', 'scored');
	await expect(page.getByText(kpiNote)).toHaveCount(0);
});
