/**
 * Renders the app's PNG and ICO icons from public/favicon.svg with Chromium (the machine has no image tool).
 * Run once after changing the SVG, and commit what it writes: `npx tsx scripts/render-icons.ts`.
 *
 * - "any" icons keep the SVG's rounded square on a transparent background;
 * - maskable and Apple touch icons are full-bleed (the platform cuts its own shape): the SVG drawn at 80% on its
 *   own blue, so the glyph stays inside the maskable safe zone (the central circle, 80% of the width across);
 * - favicon.ico holds 16, 32 and 48 px PNGs (the ICO format may embed PNG data as is), for clients that ask for
 *   /favicon.ico instead of reading the SVG link.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

const PUBLIC = new URL('../public/', import.meta.url);
const svg = readFileSync(new URL('favicon.svg', PUBLIC), 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
/** The blue of the icon's square (the app's accent colour), behind full-bleed icons. */
const BLEED = /<rect width="64" height="64" rx="14" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
if (!BLEED) throw new Error('public/favicon.svg: its background square was not found');

async function render(page: Page, size: number, fullBleed: boolean): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const inset = fullBleed ? size * 0.1 : 0;
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;background:${fullBleed ? BLEED : 'transparent'}">` +
      `<img src="${svgUrl}" style="position:absolute;left:${inset}px;top:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px"></body>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  return page.screenshot({ omitBackground: !fullBleed, clip: { x: 0, y: 0, width: size, height: size } });
}

/** An ICO file whose images are PNGs (supported by every browser since Windows Vista's format change). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // width (0 means 256)
    entry.writeUInt8(size % 256, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const outputs: [string, number, boolean][] = [
    ['icons/icon-192.png', 192, false],
    ['icons/icon-512.png', 512, false],
    ['icons/icon-maskable-512.png', 512, true],
    ['apple-touch-icon.png', 180, true],
  ];
  for (const [file, size, fullBleed] of outputs) {
    writeFileSync(new URL(file, PUBLIC), await render(page, size, fullBleed));
    console.log(`public/${file}`);
  }
  const small = [];
  for (const size of [16, 32, 48]) small.push({ size, png: await render(page, size, false) });
  writeFileSync(new URL('favicon.ico', PUBLIC), ico(small));
  console.log('public/favicon.ico');
} finally {
  await browser.close();
}
