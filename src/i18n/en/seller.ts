// English messages: seller.
export default {} as const;
