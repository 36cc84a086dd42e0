import { z } from 'zod';
import { method } from './define';
import { id } from './fields';

/** 512 KiB: the screen shrinks a camera photo to a small JPEG before sending it. */
export const MAX_PHOTO_BYTES = 512 * 1024;

export interface Photo {
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  base64: string;
}

export const photosApi = {
  'photos.get': method<Photo | null>()({ input: z.object({ productId: id }), access: 'user' }),
  /** Replace the product's photo; base64 '' removes it. */
  'photos.set': method<null>()({
    input: z.object({ productId: id, base64: z.string().max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4) }),
    access: 'manager',
  }),
};
