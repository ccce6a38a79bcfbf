// SPDX-License-Identifier: GPL-2.0
/*
 * /init of the torture initramfs.
 *
 * 1. Loads pcpusect_modtest.ko; with pcpusect_faults=16 (the boot
 *    script always sets it) module_finalize() fails after registering
 *    its table, so this load must fail with ENOMEM; loads it again,
 *    which must work: its init (sections in __init text) checks the
 *    table list.  It stays loaded.  (Where modules have no table, the
 *    first load works and is the one that stays.)
 * 2. Starts readers of /dev/vda with O_DIRECT (I/O interrupts) and a
 *    child that,
 *    once the torture has checked the table list, loads and unloads
 *    pcpusect_modchurn.ko in a loop (the torture's kprobe registrations
 *    race those unloads).
 * 3. Loads pcpusect_torture.ko with the parameters given on the kernel
 *    command line as torture=<k=v,...> (the kernel hands unknown
 *    key=value words to init as environment); it prints its result.
 *    Prints the machine checks taken meanwhile (the boot script
 *    hot-plugs devices during the torture: channel report words).
 * 4. Stops the children, unloads the torture module and modtest, loads
 *    modtest once more: its table check shows the unloaded modules'
 *    tables have left the list.  Powers off.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define READERS 4

static volatile sig_atomic_t done;

static void on_term(int sig)
{
	done = 1;
}

/* finit_module(); returns 0 or errno. */
static int load(const char *file, const char *params)
{
	int fd = open(file, O_RDONLY), ret;

	if (fd < 0)
		return errno;
	ret = syscall(SYS_finit_module, fd, params, 0) ? errno : 0;
	close(fd);
	return ret;
}

static int unload(const char *name)
{
	return syscall(SYS_delete_module, name, O_NONBLOCK) ? errno : 0;
}

/* Reads the disk front to back, again and again, bypassing the cache. */
static void reader(int id)
{
	unsigned long reads = 0;
	off_t off = id * 1024 * 1024;
	void *buf;
	int fd;

	fd = open("/dev/vda", O_RDONLY | O_DIRECT);
	if (fd < 0 || posix_memalign(&buf, 4096, 4096)) {
		perror("init: reader: /dev/vda");
		_exit(1);
	}
	while (!done) {
		if (pread(fd, buf, 4096, off) != 4096) {
			off = 0;
			continue;
		}
		off += 4096;
		reads++;
	}
	printf("init: reader %d: %lu reads\n", id, reads);
	_exit(0);
}

/* The value of a sysfs file, or -1. */
static int read_int(const char *path)
{
	char buf[16] = "";
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return -1;
	if (read(fd, buf, sizeof(buf) - 1) <= 0)
		buf[0] = 0;
	close(fd);
	return buf[0] ? atoi(buf) : -1;
}

/*
 * The machine checks taken so far, from /proc/interrupts ("NMI:" row,
 * one column per CPU), or -1.
 */
static long machine_checks(void)
{
	char line[512], *p, *end;
	long sum = -1;
	FILE *f = fopen("/proc/interrupts", "r");

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		p = line + strspn(line, " ");
		if (strncmp(p, "NMI:", 4))
			continue;
		sum = 0;
		for (p += 4;; p = end) {
			long n = strtol(p, &end, 10);

			if (end == p)
				break;
			sum += n;
		}
		break;
	}
	fclose(f);
	return sum;
}

/* Writes STR to the tracefs file NAME; 0 or errno. */
static int trace_write(const char *name, const char *str)
{
	char path[128];
	int fd, ret = 0;

	snprintf(path, sizeof(path), "/sys/kernel/tracing/%s", name);
	fd = open(path, O_WRONLY | O_TRUNC);
	if (fd < 0)
		return errno;
	if (write(fd, str, strlen(str)) < 0)
		ret = errno;
	close(fd);
	return ret;
}

/* Function entries the tracer recorded so far, over all CPUs. */
static long trace_entries(void)
{
	char path[128], line[128];
	long sum = 0, n;
	int cpu;

	for (cpu = 0; cpu < 64; cpu++) {
		FILE *f;

		snprintf(path, sizeof(path),
			 "/sys/kernel/tracing/per_cpu/cpu%d/stats", cpu);
		f = fopen(path, "r");
		if (!f)
			continue;
		while (fgets(line, sizeof(line), f))
			if (sscanf(line, "entries: %ld", &n) == 1 ||
			    sscanf(line, "overrun: %ld", &n) == 1)
				sum += n;
		fclose(f);
	}
	return sum;
}

static void churn(void)
{
	unsigned long loads = 0, bad = 0;
	int ret;

	/*
	 * Not before the torture has checked the table list: a module
	 * being loaded is not yet known to __module_address().
	 */
	while (!done &&
	       read_int("/sys/module/pcpusect_torture/parameters/phase") < 1)
		usleep(10000);
	while (!done) {
		ret = load("/pcpusect_modchurn.ko", "quiet=1");
		if (ret) {
			bad++;
			continue;
		}
		loads++;
		while ((ret = unload("pcpusect_modchurn")) == EAGAIN ||
		       ret == EBUSY)
			usleep(1000);
		if (ret)
			bad++;
	}
	printf("init: churn: %lu loads and unloads, %lu failures\n", loads,
	       bad);
	_exit(bad ? 1 : 0);
}

static pid_t spawn(void (*fn)(int), int arg)
{
	pid_t pid = fork();

	if (!pid) {
		signal(SIGTERM, on_term);
		fn(arg);
	}
	return pid;
}

static void churn_fn(int arg)
{
	churn();
}

int main(void)
{
	const char *env = getenv("torture");
	pid_t kids[READERS + 1];
	int nkids = 0, i, ret, st;
	long mcck;
	int tracing;
	char params[256] = "";

	if (env) {
		char *p;

		snprintf(params, sizeof(params), "%s", env);
		for (p = params; *p; p++)
			if (*p == ',')
				*p = ' ';
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (mount("devtmpfs", "/dev", "devtmpfs", 0, NULL))
		perror("init: mount devtmpfs");
	mkdir("/sys", 0755);
	if (mount("sysfs", "/sys", "sysfs", 0, NULL))
		perror("init: mount sysfs");
	mkdir("/proc", 0755);
	if (mount("proc", "/proc", "proc", 0, NULL))
		perror("init: mount proc");

	ret = load("/pcpusect_modtest.ko", "");
	printf("init: modtest with a late module_finalize failure: %s\n",
	       strerror(ret));
	/* Loaded already where modules have no table (kernel/handasm). */
	if (ret)
		ret = load("/pcpusect_modtest.ko", "");
	printf("init: modtest loaded: %d\n", ret);

	if (!access("/dev/vda", R_OK))
		for (i = 0; i < READERS; i++)
			kids[nkids++] = spawn(reader, i);
	else
		printf("init: no /dev/vda, no I/O load\n");
	kids[nkids++] = spawn(churn_fn, 0);

	/*
	 * pcpusect_ftrace=1 on the command line: the function tracer on
	 * the torture module's functions (every one holds sections) while
	 * the torture runs; the tracer's own sections in vmlinux run on
	 * every traced call.  The filter names the module before it is
	 * loaded (ftrace keeps it until then).  Tracing every function
	 * instead stalled CPU 0 in sched_balance_rq() under TCG.
	 */
	tracing = getenv("pcpusect_ftrace") != NULL;
	if (tracing) {
		if (mount("tracefs", "/sys/kernel/tracing", "tracefs", 0, NULL))
			perror("init: mount tracefs");
		ret = trace_write("set_ftrace_filter", ":mod:pcpusect_torture");
		if (ret)
			printf("init: ftrace filter: %s\n", strerror(ret));
		ret = trace_write("current_tracer", "function");
		printf("init: function tracer on: %s\n", strerror(ret));
	}
	mcck = machine_checks();
	ret = load("/pcpusect_torture.ko", params);
	printf("init: pcpusect_torture returned %d\n", ret ? -1 : 0);
	printf("init: machine checks during the torture: %ld\n",
	       machine_checks() - mcck);
	if (tracing) {
		/* Before the switch: a new tracer empties the buffer. */
		printf("init: function entries traced: %ld\n",
		       trace_entries());
		trace_write("current_tracer", "nop");
	}

	for (i = 0; i < nkids; i++)
		kill(kids[i], SIGTERM);
	for (i = 0; i < nkids; i++)
		waitpid(kids[i], &st, 0);
	if (!ret) {
		ret = unload("pcpusect_torture");
		printf("init: pcpusect_torture unloaded: %d\n", ret ? -1 : 0);
	}
	ret = unload("pcpusect_modtest");
	printf("init: modtest unloaded: %d\n", ret);
	ret = load("/pcpusect_modtest.ko", "");
	printf("init: modtest after unloads: %d\n", ret);
	unload("pcpusect_modtest");
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}
