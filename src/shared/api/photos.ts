import { z } from 'zod';
import { method } from './define';
import { id, str } from './fields';

/** 512 KiB: the screen shrinks a camera photo to a small JPEG before sending it. */
export const MAX_PHOTO_BYTES = 512 * 1024;

export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export interface Photo {
  mime: (typeof PHOTO_MIMES)[number];
  base64: string;
}

/** A photo's bytes as base64, no longer than MAX_PHOTO_BYTES makes (the core checks the bytes themselves). */
/** A photo call's body: the base64 of the largest photo and a little JSON around it. */
export const PHOTO_BODY_BYTES = Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 16 * 1024;
export const photoBase64 = str().max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4);

export const photosApi = {
  'photos.get': method<Photo | null>()({ input: z.object({ productId: id }), access: 'user' }),
  /** Replace the product's photo; base64 '' removes it. */
  'photos.set': method<null>()({
    input: z.object({ productId: id, base64: photoBase64 }),
    access: 'manager',
    maxBodyBytes: PHOTO_BODY_BYTES,
  }),
};
