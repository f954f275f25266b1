/** Builds the number formats the results use, for `warmIntl` (see warm-intl.ts), then answers. */
addEventListener('message', (event: MessageEvent<string>) => {
	new Intl.NumberFormat(event.data).format(1);
	new Intl.NumberFormat(event.data, {
		style: 'unit',
		unit: 'percent',
		maximumFractionDigits: 1
	}).format(1);
	postMessage(null);
});
