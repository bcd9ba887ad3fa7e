// Lets TypeScript accept side-effect stylesheet imports (TS2882 otherwise); Vite bundles them.
declare module '*.css';
