// Whether a PDF audit may read the file's ruling lines in a second thread (graphics-client.ts):
// the checker allows it for each document when a processor core would otherwise stand idle.

export const pdfThreads = { second: false };
