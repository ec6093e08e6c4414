import { runAssessCli } from './assess-cli';

const output = runAssessCli(process.argv.slice(2));
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.code;
