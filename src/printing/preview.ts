/**
 * On-screen preview: the whole document as one paper-wide PNG, laid out and thresholded by
 * the same code that makes the printer's pictures, so what the screen shows is what prints.
 * (Plain-ASCII lines print in the printer's own font, a little narrower than this picture.)
 */
import { PAPER, type Block, type Paper } from './document';
import { renderBlocks } from './raster';

export async function previewPng(blocks: Block[], paper: Paper): Promise<Buffer> {
  return renderBlocks(blocks, paper);
}

export function paperWidthPx(paper: Paper): number {
  return PAPER[paper].dots;
}
