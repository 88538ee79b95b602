<?php
// Fixture for injection.command-injection-call (PHP): an admin tools page.

$host = $_GET['host'];
$file = $_POST['file'];

// ruleid: injection.command-injection-call
system("ping -c 4 " . $host);

// ruleid: injection.command-injection-call
$out = shell_exec("nslookup $host");

// ruleid: injection.command-injection-call
exec('tar -xzf ' . $_FILES['archive']['tmp_name'] . ' -C /srv/uploads', $lines, $rc);

// ruleid: injection.command-injection-call
passthru($_REQUEST['cmd']);

// ruleid: injection.command-injection-call
$listing = `ls -la $dir`;

// ruleid: injection.command-injection-call
$h = popen("tail -n 100 " . $file, 'r');

// ruleid: injection.command-injection-call
$proc = proc_open("convert {$file} out.png", [1 => ['pipe', 'w']], $pipes);

// ruleid: injection.command-injection-call
pcntl_exec('/bin/sh', ['-c', 'gzip ' . $file]);

// ruleid: injection.command-injection-call
system('whois ' . escapeshellcmd($host));

// ruleid: injection.command-injection-call
$p = Symfony\Component\Process\Process::fromShellCommandline('du -sh ' . $file);

// ok: injection.command-injection-call
system('ping -c 4 ' . escapeshellarg($host));
// ok: injection.command-injection-call
$out = shell_exec(sprintf('nslookup %s', escapeshellarg($host)));
// ok: injection.command-injection-call
exec('uptime', $lines);
// ok: injection.command-injection-call
$listing = `ls -la /var/www`;
// ok: injection.command-injection-call
$proc = proc_open(['convert', $file, 'out.png'], [1 => ['pipe', 'w']], $pipes);
// ok: injection.command-injection-call
pcntl_exec('/usr/bin/gzip', [$file]);
// ok: injection.command-injection-call
system('kill -HUP ' . (int) $_GET['pid']);
// ok: injection.command-injection-call
$q = $pdo->exec("DELETE FROM jobs WHERE id = $id");
// ok: injection.command-injection-call
$p = new Symfony\Component\Process\Process(['du', '-sh', $file]);
