// Input limits shared by the file and URL loaders.

export const MAX_INPUT_MB = 20;
export const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;
