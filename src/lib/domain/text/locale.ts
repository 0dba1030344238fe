/** The languages the app speaks: Vietnamese first, English for whoever prefers it. */
export type Locale = 'vi' | 'en';
