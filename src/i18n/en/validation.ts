// English messages: validation.
export default {} as const;
