// Started by src/warm-up-intl.js, named after the page's Intl locale: sets up ICU off the page's
// main thread, then ends.
new Intl.NumberFormat(self.name || undefined, {
	style: 'unit',
	unit: 'percent',
	maximumFractionDigits: 1
}).format(1.5);
self.close();
