// SPDX-License-Identifier: GPL-2.0
/*
 * /init of the instruction-count boot (kernel/insns.sh): runs each
 * workload between a call of insns_begin() and one of insns_end().  The
 * host counts, in qemu's log of executed instructions, those between
 * the two functions' first instructions; the names go to the console.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/syscall.h>
#include <sys/wait.h>

/* The host finds these two by address (nm); they must stay calls. */
__attribute__((noinline)) void insns_begin(void)
{
	asm volatile("" ::: "memory");
}

__attribute__((noinline)) void insns_end(void)
{
	asm volatile("" ::: "memory");
}

static int window;

/*
 * Idle until the second after the next whole one.  The boot runs with
 * icount's sleep=off, which jumps idle time: this costs the host
 * nothing, lets what earlier work left behind (RCU callbacks, deferred
 * frees, the console's write) finish outside the windows, and starts
 * each window at a whole second, at one phase of the timer tick, in
 * every boot and variant.
 */
static void settle(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	t.tv_sec += 2;
	t.tv_nsec = 0;
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &t, NULL) ==
	       EINTR)
		;
}

/*
 * A measured run announces window number, workload and iterations and
 * opens the window; a warm-up run (the first of each workload, so that
 * caches, page tables and slabs are in the state they stay in) does not.
 */
static void begin(int measured, const char *name, unsigned int n)
{
	if (!measured)
		return;
	printf("insns: window %d %s %u\n", ++window, name, n);
	fflush(stdout);
	settle();
	insns_begin();
}

static void end(int measured)
{
	if (measured)
		insns_end();
}

/*
 * Where the kernel's text runs (it is not where vmlinux is linked), so
 * that kernel/insns-profile.sh can name the functions in the log.
 */
static void print_text_address(void)
{
	char line[256], name[128];
	unsigned long addr;
	char type;
	FILE *f;

	if (mount("proc", "/proc", "proc", 0, NULL)) {
		perror("insns: mount proc");
		return;
	}
	f = fopen("/proc/kallsyms", "r");
	if (!f) {
		perror("insns: /proc/kallsyms");
		return;
	}
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "%lx %c %127s", &addr, &type, name) == 3 &&
		    !strcmp(name, "_stext")) {
			printf("insns: text _stext at %lx\n", addr);
			break;
		}
	fclose(f);
}

/*
 * The host turns qemu's instruction log on, then writes a line to the
 * console; until then the CPU idles, for as long as the host takes.
 */
static void wait_for_host(void)
{
	char line[16];

	printf("insns: ready\n");
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin))
		perror("insns: waiting for the host");
}

static void getppid_loop(int measured, unsigned int n)
{
	begin(measured, "getppid", n);
	while (n--)
		syscall(SYS_getppid);
	end(measured);
}

static void page_fault_loop(int measured, unsigned int n)
{
	volatile char *p = MAP_FAILED;

	begin(measured, "page-fault", n);
	while (n--) {
		p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			break;
		*p = 1;
		munmap((void *)p, 4096);
	}
	end(measured);
	/* Where the page was, so that boots can be told apart by layout. */
	if (measured)
		printf("insns: layout page-fault page at %p\n", (void *)p);
}

/* A round trip: one byte there and back between two tasks. */
static void pipe_ping_pong(int measured, unsigned int n)
{
	int there[2], back[2];
	unsigned int i;
	struct sched_param fifo = { .sched_priority = 1 }, other = { 0 };
	pid_t child;
	char c = 0;

	/*
	 * Both tasks SCHED_FIFO at one priority: a wakeup never preempts,
	 * each runs until it blocks in read(), and every round trip has
	 * the same two switches.  (Under the normal class whether a wakeup
	 * preempts depends on the tasks' run times: the count varied by 3%.)
	 */
	if (sched_setscheduler(0, SCHED_FIFO, &fifo))
		perror("insns: SCHED_FIFO");
	if (pipe(there) || pipe(back)) {
		perror("insns: pipe");
		return;
	}
	child = fork();
	if (child == 0) {
		/* Its own end of each pipe only: then it sees EOF at the end. */
		close(there[1]);
		close(back[0]);
		while (read(there[0], &c, 1) == 1 && write(back[1], &c, 1) == 1)
			;
		_exit(0);
	}
	close(there[0]);
	close(back[1]);
	begin(measured, "pipe-ping-pong", n);
	for (i = 0; i < n; i++)
		if (write(there[1], &c, 1) != 1 || read(back[0], &c, 1) != 1)
			break;
	end(measured);
	close(there[1]);
	waitpid(child, NULL, 0);
	close(back[0]);
	sched_setscheduler(0, SCHED_OTHER, &other);
}

/* The module's loop, run N times by one write to its parameter. */
static void module_loop(int measured, const char *param, unsigned int n)
{
	char path[80], val[16];
	int fd, len;

	snprintf(path, sizeof(path),
		 "/sys/module/pcpusect_insns/parameters/%s", param);
	len = snprintf(val, sizeof(val), "%u", n);
	fd = open(path, O_WRONLY);
	if (fd < 0) {
		perror(path);
		return;
	}
	begin(measured, param, n);
	if (write(fd, val, len) != len)
		perror(path);
	end(measured);
	close(fd);
}

int main(void)
{
	/*
	 * The log runs at a few hundred thousand instructions a second:
	 * fewer rounds of the workloads that take thousands each.
	 */
	unsigned int n = 2000, heavy = 500;
	int fd;

	if (mount("sysfs", "/sys", "sysfs", 0, NULL))
		perror("insns: mount sysfs");
	print_text_address();
	fd = open("/pcpusect_insns.ko", O_RDONLY);
	if (fd < 0 || syscall(SYS_finit_module, fd, "", 0))
		perror("insns: load pcpusect_insns.ko");
	wait_for_host();

	/*
	 * Each workload warms up right before it is measured, so that it
	 * is measured in the state a steady loop of itself leaves; what
	 * the warm-up leaves for RCU to free runs before the window
	 * (settle()), or a page fault would count about 3,400 more.  The
	 * pipe round trip, which switches to SCHED_FIFO and back, comes
	 * last.
	 */
	for (int measured = 0; measured <= 1; measured++)
		getppid_loop(measured, n);
	for (int measured = 0; measured <= 1; measured++)
		page_fault_loop(measured, heavy);
	for (int measured = 0; measured <= 1; measured++) {
		/* The write with no iterations is the overhead. */
		module_loop(measured, "slab", 0);
		module_loop(measured, "slab", n);
	}
	for (int measured = 0; measured <= 1; measured++) {
		module_loop(measured, "thiscpu", 0);
		module_loop(measured, "thiscpu", n);
	}
	for (int measured = 0; measured <= 1; measured++)
		pipe_ping_pong(measured, heavy);
	printf("insns: done\n");
	fflush(stdout);
	reboot(RB_POWER_OFF);
	return 0;
}
