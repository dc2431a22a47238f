// The control: the source as it is (HTML parsed and serialised by jsdom, like every HTML
// variant), with its truth unchanged. Failures here are not caused by any transform.

import { serializeHtml } from '../dom';
import { TruthEdit } from '../truth';
import type { Transform } from '../types';
import { sourceDom } from './common';

export const original: Transform = {
  id: 'original',
  description: 'unchanged source (control; HTML re-serialised by jsdom)',
  format: 'any',
  apply(source) {
    const text = source.format === 'html' ? serializeHtml(sourceDom(source)) : source.text;
    return { text, truth: new TruthEdit(source.truth).finish('original', this.description, source.id) };
  },
};
