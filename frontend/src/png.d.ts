// Images imported from code are emitted by the build's `file` loader (angular.json `loader`);
// the import is the file's URL.
declare module '*.png' {
  const url: string;
  export default url;
}
