import { toBase64Url } from '@/lib/base64';

/** 128 random bits, base64url (22 characters): a document or author id that names no one. */
export const randomId = () => toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
