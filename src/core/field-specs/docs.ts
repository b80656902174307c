/** Link to the AWS API reference page of a shape, e.g. `apiDocs('HealthCheck')`. A plain link; the app never fetches it. */
export function apiDocs(shape: string): string {
  return `https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_${shape}.html`;
}
