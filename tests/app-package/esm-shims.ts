// Import first. Node (≥ 20.19) can require ES modules but Jest's module loader cannot, and
// @microsoft/app-manifest requires strip-bom 5, which is ESM only. Tests stand in for it: the
// packager hands the library parsed JSON, so the library never strips a byte-order mark.

jest.mock(require.resolve('strip-bom', { paths: [require.resolve('@microsoft/app-manifest/package.json').replace(/package\.json$/, '')] }), () => ({
  __esModule: true,
  default: (text: string) => text.replace(/^\uFEFF/, ''),
}));
