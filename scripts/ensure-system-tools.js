#!/usr/bin/env node
/**
 * The browser tests need Debian's Chromium, and the PDF tests poppler-utils (pdftotext,
 * pdffonts). Installs whichever is missing with apt — never downloads a browser build.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
	{ pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
	{ pkg: 'poppler-utils', present: () => hasCommand('pdftotext') && hasCommand('pdffonts') }
];

function hasCommand(name) {
	try {
		execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
		return true;
	} catch {
		return false;
	}
}

const missing = needs.filter((need) => !need.present()).map((need) => need.pkg);
if (missing.length === 0) process.exit(0);

console.log(
	`Installing Debian packages needed by the browser and PDF tests: ${missing.join(', ')}`
);
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = asRoot ? '' : hasCommand('sudo') ? 'sudo ' : null;
if (sudo === null) {
	console.error(
		`Cannot install ${missing.join(', ')}: not running as root and no sudo. Install them with:\n` +
			`  apt-get update && apt-get install -y ${missing.join(' ')}`
	);
	process.exit(1);
}
try {
	execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
	execSync(`${sudo}apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
} catch {
	console.error(`apt-get could not install ${missing.join(', ')}; install them by hand and rerun.`);
	process.exit(1);
}
